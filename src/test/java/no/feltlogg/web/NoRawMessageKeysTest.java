package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * No page shows a raw message key ({@code ??key_nb??}) and the error pages say what
 * happened in Norwegian (issue 15). Every GET page of the application without a record in
 * its address, found from the controllers, is opened over HTTP by each role, as a browser
 * does (so that the error pages are rendered too).
 */
@IntegrationTest
class NoRawMessageKeysTest {

	@LocalServerPort
	int port;

	@Autowired
	TestStaff staff;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageShowsARawMessageKey() throws Exception {
		var paths = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (var path : info.getPatternValues()) {
				if (!path.contains("{") && !path.contains("*") && !path.startsWith("/api/")
						&& !path.startsWith("/actuator") && !path.startsWith("/oauth2") && !path.equals("/logout")
						&& !path.matches(".*\\.(csv|pdf|xlsx|json)$") && !path.contains("export")) {
					paths.add(path);
				}
			}
		});
		assertThat(paths).contains("/", "/youth", "/fieldwork/encounters/new", "/admin/accounts");
		var municipality = staff.newMunicipality();
		var raw = new ArrayList<String>();
		for (var role : List.of(Role.WORKER, Role.LEADER, Role.SLT, Role.ADMIN)) {
			var client = signedIn(municipality.account(role));
			for (var path : paths) {
				var response = get(client, path);
				if (response.body().contains("??")) {
					raw.add(role + " " + path + " (" + response.statusCode() + ")");
				}
			}
		}
		var anonymous = client();
		for (var path : List.of("/login", "/login?expired", "/login?logout", "/offline", "/password/x")) {
			if (get(anonymous, path).body().contains("??")) {
				raw.add("anonymous " + path);
			}
		}
		assertThat(raw).isEmpty();
	}

	@Test
	void theErrorPagesSayWhatHappenedInNorwegian() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = signedIn(municipality.account(Role.WORKER));

		var forbidden = get(worker, "/admin/accounts");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(heading(forbidden)).isEqualTo("Ingen tilgang");
		assertThat(forbidden.body()).contains("Du har ikke tilgang til denne siden med din rolle.");

		var missing = get(worker, "/youth/" + java.util.UUID.randomUUID());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(heading(missing)).isEqualTo("Fant ikke siden");

		var nowhere = get(worker, "/finnes-ikke");
		assertThat(nowhere.statusCode()).isEqualTo(404);
		assertThat(heading(nowhere)).isEqualTo("Fant ikke siden");

		// a script's post with a stale token while signed in: the page had expired, it
		// was not the role
		var stale = worker.send(HttpRequest.newBuilder(uri("/youth/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", "stale")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("name=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stale.statusCode()).isEqualTo(403);
		assertThat(heading(stale)).isEqualTo("Siden var utløpt");
	}

	private String heading(HttpResponse<String> response) {
		var h1 = Jsoup.parse(response.body()).selectFirst("h1");
		assertThat(h1).as(response.uri() + ": " + response.body()).isNotNull();
		return h1.text();
	}

	private HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	private HttpClient signedIn(String username) throws IOException, InterruptedException {
		var client = client();
		var login = get(client, "/login");
		var token = Jsoup.parse(login.body()).selectFirst("form[action='/login'] input[name=_csrf]").val();
		var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		var answer = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.uri().getPath()).as("signed in").isNotEqualTo("/login");
		return client;
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", "nb-NO")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
