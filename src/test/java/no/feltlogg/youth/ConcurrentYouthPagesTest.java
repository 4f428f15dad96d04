package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Fifty people opening youth pages at the same moment all get their page (issue 12): real
 * HTTP against the running server, five signed-in sessions, fifty requests released
 * together. Each logged read used to take a second connection from the pool while the
 * page held one, so that ten such requests took all ten connections and waited for each
 * other until the pool gave up (500s). A correctness test: nothing here measures time;
 * the client only gives up on a request after a minute, far beyond what any page takes,
 * so that a frozen server fails the test instead of hanging it.
 */
@IntegrationTest
class ConcurrentYouthPagesTest {

	private static final int SESSIONS = 5;

	private static final int REQUESTS = 50;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiftyConcurrentYouthPagesAllAnswer200AndAreAllLogged() throws Exception {
		var municipality = staff.newMunicipality();
		var usernames = new ArrayList<String>();
		var youths = new ArrayList<UUID>();
		for (int i = 0; i < SESSIONS; i++) {
			var username = municipality.account(Role.WORKER);
			usernames.add(username);
			youths.add(YouthFixtures.register(records, municipality.user(username), "Samtidig Ungdom " + i,
					Birth.of(LocalDate.now(Oslo.ZONE).minusYears(15 + i % 3))));
		}
		var clients = new ArrayList<HttpClient>();
		for (int i = 0; i < SESSIONS; i++) {
			var client = signedIn(usernames.get(i));
			assertThat(page(client, youths.get(i)).statusCode()).as("one page at a time, as a warm server has seen")
				.isEqualTo(200);
			clients.add(client);
		}

		var start = new CountDownLatch(1);
		var results = new ArrayList<Future<Integer>>();
		try (var threads = Executors.newFixedThreadPool(REQUESTS)) {
			for (int i = 0; i < REQUESTS; i++) {
				var client = clients.get(i % SESSIONS);
				var youth = youths.get(i % SESSIONS);
				results.add(threads.submit(() -> {
					start.await();
					return page(client, youth).statusCode();
				}));
			}
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).as("every one of the %d pages answers", REQUESTS).hasSize(REQUESTS).containsOnly(200);
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from access_log where subject = 'youth.record' and allowed"
						+ " and youth_id = any (string_to_array(?, ',')::uuid[])",
				Integer.class, String.join(",", youths.stream().map(UUID::toString).toList())))
			.as("each page a logged read")
			.isEqualTo(REQUESTS + SESSIONS);
	}

	private HttpResponse<Void> page(HttpClient client, UUID youth) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(url("/youth/" + youth)).timeout(Duration.ofMinutes(1)).GET().build(),
				HttpResponse.BodyHandlers.discarding());
	}

	/**
	 * A client with its own cookies, signed in through the login form as a browser would.
	 */
	private HttpClient signedIn(String username) throws IOException, InterruptedException {
		var client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		var login = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		var token = CSRF.matcher(login.body());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		var form = "username=" + encode(username) + "&password=" + encode(TestStaff.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		var answer = client.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(List.of(url("/").toString(), "/")).contains(location));
		return client;
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
