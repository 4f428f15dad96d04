package no.feltlogg.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.feltlogg.FeltloggApplication;
import no.feltlogg.shared.Role;
import no.feltlogg.team.NewAccount;
import no.feltlogg.team.Teams;

/**
 * The application as an operator runs it: on a PostgreSQL of its own (embedded, started
 * and stopped by the test), with the management port apart from the public one. Not the
 * shared test context: this one loses its database.
 * <ul>
 * <li>the Prometheus metrics answer on the management port only, with Feltlogg's
 * counters;</li>
 * <li>every answer carries a request id;</li>
 * <li>when PostgreSQL stops, readiness goes DOWN and pages answer 503 with the Norwegian
 * "try again" text; when it comes back on the same data, readiness is UP again by itself,
 * nothing saved before is lost, and saving works.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningApplicationTest {

	/** The promise: service is back within 30 s of the database. */
	private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

	private static final String PASSWORD = "running-test-password-1";

	@TempDir
	static Path dataDirectory;

	private EmbeddedPostgres postgres;

	private int postgresPort;

	private ConfigurableApplicationContext app;

	private String site;

	private String management;

	private String username;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final HttpClient prober = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void start() throws IOException {
		postgres = startPostgres(0);
		postgresPort = postgres.getPort();
		// the logging system is the JVM's: one left initialized by a test context still
		// open (the shared one) would
		// keep its plain format; clearing its mark lets this application set it up with
		// the ECS format it asks for
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		app = new SpringApplicationBuilder(FeltloggApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton(SkipTestComponents.class.getName(), new SkipTestComponents()))
			.run("--spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
					"--management.server.port=0", "--spring.main.banner-mode=off",
					"--logging.structured.format.console=ecs",
					// the second factor has tests of its own; this one signs in with the
					// password alone
					"--feltlogg.mfa.required-roles=");
		var server = ((WebServerApplicationContext) app).getWebServer().getPort();
		site = "http://localhost:" + server;
		management = "http://127.0.0.1:" + managementPort();
		var teams = app.getBean(Teams.class);
		var municipality = teams.ensureMunicipality("Driftskommune");
		var team = teams.createTeam(municipality, "Driftsteam");
		username = "leder.drift";
		teams.createAccount(new NewAccount(municipality, team, username, "Leder Drift", Role.LEADER, PASSWORD));
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			stopPostgres(postgres);
		}
	}

	@Test
	@Order(1)
	void metricsAnswerOnTheManagementPortOnlyWithFeltloggsCounters() throws Exception {
		assertThat(signIn("wrong-password")).isEqualTo("/login?error");
		assertThat(signIn(PASSWORD)).isEqualTo("/");
		assertThat(saveEncounter("2").statusCode()).isEqualTo(302);

		var metrics = get(management + "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
				"hikaricp_connections_active", "feltlogg_imports_total", "feltlogg_access_log_rows_total");
		assertThat(value(metrics.body(), "feltlogg_encounters_logged_total")).isEqualTo(1.0);
		assertThat(value(metrics.body(), "feltlogg_sign_in_failures_total")).isEqualTo(1.0);

		var publicAnswer = get(site + "/actuator/prometheus");
		assertThat(publicAnswer.statusCode()).isIn(404, 401, 403);
		assertThat(publicAnswer.body()).doesNotContain("feltlogg_encounters_logged_total");
		var anonymousAnswer = probe(site + "/actuator/prometheus");
		assertThat(anonymousAnswer.statusCode()).isIn(404, 401, 403);
		assertThat(anonymousAnswer.body()).doesNotContain("feltlogg_encounters_logged_total");

		assertThat(probe(site + "/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(probe(site + "/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(probe(site + "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(probe(management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void everyAnswerCarriesARequestIdTakenFromASaneHeaderOrMadeUp() throws Exception {
		var made = get(site + "/login");
		assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
		var given = http.send(
				HttpRequest.newBuilder(URI.create(site + "/login")).header("X-Request-Id", "lb-4711.a_b").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-4711.a_b");
		var insane = http.send(HttpRequest.newBuilder(URI.create(site + "/login"))
			.header("X-Request-Id", "<script>alert(1)</script>")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(insane.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).doesNotContain("<").hasSize(36));
	}

	@Test
	@Order(3)
	void whenPostgresqlGoesAwayPagesSayTryAgainAndWhenItComesBackNothingSavedIsLost(CapturedOutput output)
			throws Exception {
		if (!signedIn()) {
			assertThat(signIn(PASSWORD)).isEqualTo("/");
		}
		assertThat(saveEncounter("3").statusCode()).isEqualTo(302);
		var before = encounterCount();

		stopPostgres(postgres);

		await("readiness DOWN").atMost(BACK_WITHIN)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> probe(site + "/actuator/health/readiness").statusCode() == 503);
		assertThat(probe(management + "/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(probe(site + "/actuator/health/liveness").statusCode()).isEqualTo(200);

		var page = http.send(HttpRequest.newBuilder(URI.create(site + "/fieldwork/encounters"))
			.header("Accept", BROWSER_ACCEPT)
			.header("X-Request-Id", "outage-page-1")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Prøv igjen om litt").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(output.getAll().lines().filter(line -> line.contains("\"requestId\":\"outage-page-1\"")))
			.as("JSON log lines (ECS) of that request, with its id")
			.anySatisfy(line -> assertThat(line).startsWith("{").contains("answered 503"));
		var refused = post(site + "/fieldwork/encounters/new", encounterForm("4", csrfOfLastPage));
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.body()).contains("Prøv igjen om litt");
		var signIn = signInFromAnotherBrowser();
		assertThat(signIn.statusCode()).as("a sign-in that cannot be checked").isEqualTo(503);
		assertThat(signIn.body()).contains("Prøv igjen om litt");
		var api = http.send(HttpRequest.newBuilder(URI.create(site + "/api/v1/statistics/annual?year=2025"))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(api.body()).doesNotContain("Exception");

		postgres = startPostgres(postgresPort);

		await("readiness UP").atMost(BACK_WITHIN)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> probe(site + "/actuator/health/readiness").statusCode() == 200);
		assertThat(encounterCount()).isEqualTo(before);
		assertThat(saveEncounter("5").statusCode()).isEqualTo(302);
		assertThat(encounterCount()).isEqualTo(before + 1);
	}

	private EmbeddedPostgres startPostgres(int port) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.resolve("pgdata"))
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	private static void stopPostgres(EmbeddedPostgres instance) {
		try {
			instance.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PostgreSQL did not stop", ex);
		}
	}

	private int managementPort() {
		var port = app.getEnvironment().getProperty("local.management.port", Integer.class);
		assertThat(port).as("a management port of its own").isNotNull();
		return port;
	}

	// --- HTTP as a browser does it: a cookie, the CSRF token from the page's form, no
	// redirects followed ---

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private String csrfOfLastPage = "";

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		var response = http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", BROWSER_ACCEPT)
			.build(), HttpResponse.BodyHandlers.ofString());
		var token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
		if (token != null) {
			csrfOfLastPage = token.val();
		}
		return response;
	}

	/** As a load balancer asks: no cookie. */
	private HttpResponse<String> probe(String url) throws IOException, InterruptedException {
		return prober.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		var body = form.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in; returns where the login sends the browser. */
	private String signIn(String password) throws IOException, InterruptedException {
		get(site + "/login");
		var answer = post(site + "/login", Map.of("username", username, "password", password, "_csrf", csrfOfLastPage));
		return answer.headers()
			.firstValue("Location")
			.map(location -> URI.create(location).getPath()
					+ (URI.create(location).getQuery() == null ? "" : "?" + URI.create(location).getQuery()))
			.orElse("");
	}

	private HttpResponse<String> signInFromAnotherBrowser() throws IOException, InterruptedException {
		var other = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var page = other.send(
				HttpRequest.newBuilder(URI.create(site + "/login")).header("Accept", BROWSER_ACCEPT).build(),
				HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() == 503) {
			// the login form's CSRF token lives in the session, in PostgreSQL: while it
			// is away, the form itself
			// cannot be given out, and the person gets the try-again page one step
			// earlier
			return page;
		}
		var csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
		assertThat(csrf).as("the login page's form").isNotNull();
		var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.val(), StandardCharsets.UTF_8);
		return other.send(HttpRequest.newBuilder(URI.create(site + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private boolean signedIn() throws IOException, InterruptedException {
		return get(site + "/fieldwork/encounters").statusCode() == 200;
	}

	private HttpResponse<String> saveEncounter(String boys) throws IOException, InterruptedException {
		get(site + "/fieldwork/encounters/new");
		return post(site + "/fieldwork/encounters/new", encounterForm(boys, csrfOfLastPage));
	}

	private static Map<String, String> encounterForm(String boys, String csrf) {
		var form = new LinkedHashMap<String, String>();
		form.put("date", "2025-03-14");
		form.put("time", "21:30");
		form.put("arena", "street");
		form.put("counts[BOY:12-15]", boys);
		form.put("_csrf", csrf);
		return form;
	}

	/**
	 * The number of encounters the team's list shows for March 2025, read as a user reads
	 * it.
	 */
	private int encounterCount() throws IOException, InterruptedException {
		var page = get(site + "/fieldwork/encounters?from=2025-03-01&to=2025-03-31");
		assertThat(page.statusCode()).isEqualTo(200);
		var total = Jsoup.parse(page.body()).getElementById("total-encounters");
		assertThat(total).as("the list's total").isNotNull();
		return Integer.parseInt(total.text().trim());
	}

	private static double value(String metrics, String name) {
		var line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE)
			.matcher(metrics);
		assertThat(line.find()).as(name + " in the metrics").isTrue();
		return Double.parseDouble(line.group(2));
	}

	/**
	 * The shared tests' own beans ({@code @TestComponent}, {@code @TestConfiguration})
	 * stay out of this application.
	 */
	static final class SkipTestComponents extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			var annotations = reader.getAnnotationMetadata();
			return annotations.hasAnnotation(TestComponent.class.getName())
					|| annotations.hasMetaAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SkipTestComponents;
		}

		@Override
		public int hashCode() {
			return SkipTestComponents.class.hashCode();
		}

	}

}
