package no.feltlogg.audit;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the access log and the security log (ADR 0026). Rows are inserted
 * unsealed, so that a page view never waits for another; {@link #seal()} numbers them per
 * chain (one per team, one for rows without a team) and stores sha256(previous row's hash
 * || content), in a short transaction of its own under an advisory lock. It runs every
 * minute, before every check, and the check itself recomputes every sealed row.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate readOnly;

	AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Every minute, on one instance at a time (the seal's advisory lock makes a second
	 * run harmless anyway).
	 */
	@Scheduled(initialDelayString = "${feltlogg.audit.seal-interval:PT1M}",
			fixedDelayString = "${feltlogg.audit.seal-interval:PT1M}")
	@SchedulerLock(name = "audit-seal", lockAtMostFor = "PT10M")
	public void sealOnSchedule() {
		seal();
	}

	/** Seals every committed row not yet sealed; returns how many. */
	public int seal() {
		Integer sealed = ownTransaction
			.execute(status -> jdbc.sql("select audit_seal()").query(Integer.class).single());
		return sealed == null ? 0 : sealed;
	}

	/** Seals what is new, then checks every sealed row of both logs. */
	@PreAuthorize("hasRole('ADMIN')")
	public Verification verify() {
		return check();
	}

	/**
	 * The nightly check: the result goes to the application's log with the last hash of
	 * each chain, so that a copy of the chain's head is kept outside the database (a
	 * rewritten chain then no longer ends where it did).
	 */
	@Scheduled(cron = "${feltlogg.audit.verify-cron:0 30 3 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "audit-nightly-check", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	public void nightlyCheck() {
		var result = check();
		if (result.intact()) {
			log.info("Audit chain intact: {} rows", result.rows());
		}
		else {
			log.error("Audit chain BROKEN at row {} ({} rows checked)", result.firstBrokenRow(), result.rows());
		}
		jdbc.sql("select * from audit_chain_heads()")
			.query((rs, n) -> rs.getString("log") + " team=" + rs.getString("team_id") + " seal="
					+ rs.getLong("seal_no") + " hash=" + rs.getString("hash"))
			.list()
			.forEach(head -> log.info("Audit chain head: {}", head));
	}

	private Verification check() {
		seal();
		return readOnly
			.execute(status -> jdbc.sql("select checked, first_broken from audit_verify()").query((rs, n) -> {
				var broken = rs.getObject("first_broken", UUID.class);
				return new Verification(broken == null, rs.getLong("checked"), broken);
			}).single());
	}

	/** The answer of a check, with exactly the field names the API promises. */
	public record Verification(boolean intact, long rows, @Nullable UUID firstBrokenRow) {
	}

}
