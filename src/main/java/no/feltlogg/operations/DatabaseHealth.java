package no.feltlogg.operations;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health ({@code db}, in the readiness group): UP when a connection from
 * the application's pool answers within {@link #TIMEOUT}, DOWN otherwise. Spring Boot's
 * own check waits as long as the pool lets a request wait; this one answers within a
 * second whatever the database or the pool does, so that a load balancer takes an
 * instance that cannot reach its database, or cannot get a connection to it, out of
 * service at once, and back when it can.
 * <p>
 * One check runs at a time, on a thread of its own; a probe that comes while a check is
 * still running waits for that check, and a check that has run for longer than the
 * timeout counts as no answer.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	static final Duration TIMEOUT = Duration.ofSeconds(1);

	private final DataSource dataSource;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
		var thread = new Thread(work, "database-health");
		thread.setDaemon(true);
		thread.setContextClassLoader(DatabaseHealth.class.getClassLoader());
		return thread;
	});

	private @Nullable Future<Boolean> running;

	private long runningSince;

	DatabaseHealth(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		Future<Boolean> check;
		long since;
		synchronized (this) {
			if (running == null || running.isDone()) {
				running = executor.submit(this::answers);
				runningSince = System.nanoTime();
			}
			check = running;
			since = runningSince;
		}
		long left = TIMEOUT.toNanos() - (System.nanoTime() - since);
		try {
			if (left > 0 && check.get(left, TimeUnit.NANOSECONDS)) {
				return Health.up().build();
			}
			return Health.down().withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms").build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("error", ex.getCause().getClass().getName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	private boolean answers() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			return connection.isValid((int) TIMEOUT.toSeconds());
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
