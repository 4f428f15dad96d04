package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.feltlogg.groups.Groups;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.YouthRecords;

/**
 * The role × endpoint matrix: every request mapping of the application (read from Spring
 * MVC's own handler mapping) must have a row in {@code security-matrix.csv}, and each row
 * is driven through the real security configuration for anonymous visitors and each role,
 * on records of the user's own team and of another team. An endpoint missing from the
 * table fails the build, and so does any answer that is not the one the table gives.
 * <p>
 * Answers are classed as {@code login} (sent to the login page), {@code 403}, {@code 404}
 * or {@code ok} (anything else below 500: the page, a redirect after a change, a
 * validation error or a conflict — what matters is that the request got past the checks).
 * A 500 is never expected. Where a path names a record, a cell reads {@code own/other}.
 * POSTs carry a valid CSRF token and no body beyond the version, so most are answered
 * with the form's errors.
 */
@IntegrationTest
class SecurityMatrixTest {

	static final String TABLE = "security-matrix.csv";

	static final List<String> ACTORS = List.of("anonymous", "WORKER", "LEADER", "SLT", "ADMIN");

	/** Handlers that are not the application's (Spring Boot's error page controller). */
	static final Set<String> FRAMEWORK_HANDLERS = Set
		.of("org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Groups groups;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * One endpoint: verb, path pattern and the request parameters it is mapped on (empty
	 * when none).
	 */
	record Endpoint(String method, String path, String params) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return method + " " + path + (params.isEmpty() ? "" : " [" + params + "]");
		}

		boolean namesARecord() {
			return path.contains("{") && !path.endsWith(".{format}") || params.equals("youth")
					|| path.equals("/journal/new");
		}

	}

	@Test
	void everyEndpointOfTheApplicationIsInTheTable() {
		var table = table();
		var missing = new TreeSet<>(endpoints());
		missing.removeAll(table.keySet());
		var stale = new TreeSet<>(table.keySet());
		stale.removeAll(endpoints());
		assertThat(missing)
			.as("endpoints with no row in src/test/resources/" + TABLE + " (add a row saying what each role may do)")
			.isEmpty();
		assertThat(stale).as("rows in " + TABLE + " for endpoints that no longer exist").isEmpty();
	}

	@Test
	void eachRoleGetsWhatTheTableSaysOnItsOwnTeamAndAnother() {
		var table = table();
		var world = newWorld();
		var wrong = new ArrayList<String>();
		var observed = new StringBuilder();
		// reads first, then changes, so that a change that went through (a closed record,
		// a deleted draft) is made
		// on records the reads no longer need; a change that went through gets a fresh
		// set of records afterwards
		var rows = new ArrayList<>(table.entrySet());
		rows.sort((a, b) -> Boolean.compare(!a.getKey().method().equals("GET"), !b.getKey().method().equals("GET")));
		for (var row : rows) {
			var endpoint = row.getKey();
			var line = new StringBuilder(endpoint.method()).append(',')
				.append(endpoint.path())
				.append(',')
				.append(endpoint.params());
			for (int a = 0; a < ACTORS.size(); a++) {
				var actor = ACTORS.get(a);
				var expected = row.getValue().get(a);
				var got = new ArrayList<String>();
				// the other team first, so that a change refused there leaves the own
				// team's records as they were
				var teams = endpoint.namesARecord() ? List.of(false, true) : List.of(true);
				for (boolean own : teams) {
					var result = send(world, endpoint, actor, own);
					var answer = classOf(result);
					got.add(answer);
					if (answer.equals("500")) {
						wrong.add(endpoint + " as " + actor + " failed: " + failure(result));
					}
					if (endpoint.method().equals("POST") && answer.equals("ok")
							&& result.getResponse().getStatus() / 100 == 3) {
						world = newWorld();
					}
				}
				var answer = got.size() == 2 ? got.get(1) + "/" + got.get(0) : got.get(0);
				line.append(',').append(answer);
				if (!answer.equals(expected)) {
					wrong.add(endpoint + " as " + actor + ": expected " + expected + ", got " + answer);
				}
			}
			observed.append(line).append('\n');
		}
		writeObserved(observed.toString());
		assertThat(wrong)
			.as("answers that differ from " + TABLE + " (all answers: target/security-matrix-observed.csv)")
			.isEmpty();
	}

	private MatrixWorld newWorld() {
		return new MatrixWorld(mvc, staff, records, groups, jdbc);
	}

	private MvcTestResult send(MatrixWorld world, Endpoint endpoint, String actor, boolean own) {
		var ids = own ? world.own : world.other;
		var path = world.expand(endpoint.path(), own);
		var request = endpoint.method().equals("POST") ? mvc.post().uri(path.toString()).with(csrf())
				: mvc.get().uri(path.toString());
		if (endpoint.params().equals("youth") || endpoint.path().equals("/journal/new")) {
			request = request.param("youth", ids.get("youth").toString());
		}
		if (endpoint.method().equals("POST")) {
			request = request.param("version", "0");
		}
		if (endpoint.path().equals("/api/v1/import/encounters")) {
			request = request.contentType("text/csv").content("");
		}
		if (!actor.equals("anonymous")) {
			request = request.with(user(world.actors.get(actor)));
		}
		return request.exchange();
	}

	static String failure(MvcTestResult result) {
		var exception = result.getUnresolvedException();
		if (exception == null) {
			return "status " + result.getResponse().getStatus();
		}
		Throwable cause = exception;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.toString();
	}

	static String classOf(MvcTestResult result) {
		if (result.getUnresolvedException() != null) {
			return "500";
		}
		var response = result.getResponse();
		int status = response.getStatus();
		var location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && (location.equals("/login") || location.endsWith("/login"))) {
			return "login";
		}
		if (status == 401 || status == 403 || status == 404 || status >= 500) {
			return Integer.toString(status);
		}
		return "ok";
	}

	/**
	 * The application's endpoints, from the handler mapping the running context serves
	 * requests with.
	 */
	Set<Endpoint> endpoints() {
		var endpoints = new TreeSet<Endpoint>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (FRAMEWORK_HANDLERS.contains(method.getBeanType().getName())) {
				return;
			}
			var verbs = info.getMethodsCondition().getMethods();
			var params = String.join("&",
					info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted().toList());
			for (var pattern : info.getPatternValues()) {
				for (var verb : verbs.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : verbs) {
					endpoints.add(new Endpoint(verb.name(), pattern, params));
				}
			}
		});
		return endpoints;
	}

	/** The checked-in table: method, path, params, then one expected class per actor. */
	static Map<Endpoint, List<String>> table() {
		var table = new LinkedHashMap<Endpoint, List<String>>();
		try {
			var text = new ClassPathResource(TABLE).getContentAsString(StandardCharsets.UTF_8);
			for (var line : text.split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				var cells = line.strip().split(",", -1);
				if (cells.length != 3 + ACTORS.size()) {
					throw new IllegalStateException(TABLE + ": a row needs " + (3 + ACTORS.size()) + " cells: " + line);
				}
				var endpoint = new Endpoint(cells[0], cells[1], cells[2]);
				if (table.put(endpoint, List.of(cells).subList(3, cells.length)) != null) {
					throw new IllegalStateException(TABLE + ": two rows for " + endpoint);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return table;
	}

	private static void writeObserved(String observed) {
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "security-matrix-observed.csv"), observed);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
