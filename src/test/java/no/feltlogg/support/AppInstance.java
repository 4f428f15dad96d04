package no.feltlogg.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.feltlogg.FeltloggApplication;

/**
 * One running instance of the whole application, as an operator starts it (no profile),
 * on a free port of its own, against the test database. Several of them on one database
 * stand for several instances behind a load balancer.
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final URI base;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/** Starts an instance with these properties besides the database's. */
	public static AppInstance start(Map<String, Object> properties) {
		var all = new HashMap<String, Object>(database());
		all.put("server.port", "0");
		all.put("server.address", "127.0.0.1");
		all.put("management.server.port", "0");
		// as for the shared test context (IntegrationTest): sign-in with the password
		// alone, from one address
		all.put("feltlogg.mfa.required-roles", "");
		all.put("feltlogg.sign-in.address-failures", "100");
		all.put("spring.datasource.hikari.maximum-pool-size", "4");
		all.putAll(properties);
		// as command-line arguments, which come before application.properties (default
		// properties come after it)
		var arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new AppInstance(new SpringApplicationBuilder(FeltloggApplication.class).run(arguments));
	}

	/**
	 * The test database with its roles, whichever source it is: the one place the
	 * instances learn where it is.
	 */
	static Map<String, String> database() {
		return TestDatabase.springProperties();
	}

	public URI uri(String path) {
		return base.resolve(path);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
