package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import no.feltlogg.shared.Role;
import no.feltlogg.support.AppInstance;
import no.feltlogg.team.NewAccount;
import no.feltlogg.team.Teams;

/**
 * Two instances of the application on one database, as behind a load balancer without
 * sticky sessions: a sign-in on one holds on the other, a form from one is accepted by
 * the other, an import checked on one is confirmed on the other, a scheduled job runs on
 * one of them, and a session outlives a restart. Real HTTP, as a browser sends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	static final String PASSWORD = "two-instances-password-1";

	static final Map<String, Object> PROPERTIES = Map.of(
			// the scheduled run is switched off, so that only the test triggers the job
			"feltlogg.pending-imports.cleanup-cron", "-",
			// as SERVER_SERVLET_SESSION_TIMEOUT=45m would
			"server.servlet.session.timeout", "45m");

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	AppInstance one;

	AppInstance two;

	JdbcTemplate jdbc;

	String worker;

	String leader;

	UUID team;

	@BeforeAll
	void start() {
		one = AppInstance.start(PROPERTIES);
		two = AppInstance.start(PROPERTIES);
		// from the instance that is never restarted
		jdbc = two.bean(JdbcTemplate.class);
		var teams = one.bean(Teams.class);
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var municipality = teams.ensureMunicipality("To instanser " + suffix);
		team = teams.createTeam(municipality, "Team " + suffix);
		worker = "worker." + suffix;
		leader = "leader." + suffix;
		teams.createAccount(new NewAccount(municipality, team, worker, "Vera Vakt", Role.WORKER, PASSWORD));
		teams.createAccount(new NewAccount(municipality, team, leader, "Lise Leder", Role.LEADER, PASSWORD));
	}

	@AfterAll
	void stop() {
		if (one != null) {
			one.close();
		}
		if (two != null) {
			two.close();
		}
	}

	@Test
	void aSignInOnOneInstanceHoldsOnTheOtherAndEachAcceptsTheOthersForm() throws Exception {
		var cookie = signIn(one, worker);
		assertThat(get(two, "/", cookie).body()).contains("Vera Vakt");
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, sessionId(cookie)))
			.as("the session time-out from server.servlet.session.timeout")
			.isEqualTo(45 * 60);

		var formOnOne = csrf(get(one, "/fieldwork/encounters/new", cookie));
		var savedOnTwo = post(two, "/fieldwork/encounters/new", cookie, encounter(formOnOne, "BOY:12-15", "2"));
		assertThat(savedOnTwo.statusCode()).isEqualTo(302);
		assertThat(location(savedOnTwo)).isEqualTo("/");
		var formOnTwo = csrf(get(two, "/fieldwork/encounters/new", cookie));
		var savedOnOne = post(one, "/fieldwork/encounters/new", cookie, encounter(formOnTwo, "GIRL:16-18", "3"));
		assertThat(location(savedOnOne)).isEqualTo("/");

		assertThat(jdbc.queryForList("select total from encounter e join account a on a.id = e.created_by"
				+ " where a.username = ? order by total", Integer.class, worker))
			.containsExactly(2, 3);
	}

	@Test
	void aFormPostedAfterTheSessionExpiredComesBackAfterSigningInOnTheOtherInstance() throws Exception {
		var cookie = signIn(one, worker);
		var form = csrf(get(one, "/fieldwork/encounters/new", cookie));
		idleTimeOutPasses(cookie);

		var post = post(two, "/fieldwork/encounters/new", cookie, Map.of("_csrf", form, "date", "2025-03-14", "time",
				"01:30", "arena", "street", "counts[GIRL:16-18]", "3", "note", "Tre jenter ved stasjonen"));
		assertThat(location(post)).isEqualTo("/login");
		assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?expired"));
		var saved = cookie(post);
		var login = post(one, "/login", saved,
				Map.of("username", worker, "password", PASSWORD, "_csrf", csrf(get(one, "/login", saved))));
		assertThat(location(login)).isEqualTo("/fieldwork/encounters/new");
		// the browser follows the sign-in's redirect, which names the kept form (ADR
		// 0033) and Spring's "continue"
		var next = URI.create(login.headers().firstValue("Location").orElseThrow());
		assertThat(next.getRawQuery()).contains("continue");
		var back = get(two, next.getRawPath() + "?" + next.getRawQuery(), cookie(login));
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Tre jenter ved stasjonen").contains("value=\"01:30\"");
	}

	@Test
	void expiredSessionsAreDeletedBySpringSessionsCleanup() throws Exception {
		var cookie = signIn(two, worker);
		idleTimeOutPasses(cookie);
		one.bean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId(cookie)))
			.isZero();
		assertThat(location(get(one, "/", cookie))).isEqualTo("/login");
	}

	@Test
	void anImportCheckedOnOneInstanceIsConfirmedOnTheOther() throws Exception {
		var cookie = signIn(two, leader);
		var csv = "date,time,arena,area,place,gender,age,count,themes,source_id\n"
				+ "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,TWO-1\n"
				+ "2025-03-14,21:40,street,Sentrum,Torget,girl,16,2,,TWO-2\n";
		var page = get(one, "/team/import", cookie);
		var check = upload(one, cookie, csrf(page), "to.csv", csv);
		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(check.body()).contains("Fila er i orden: 2 treff blir importert");
		var token = field(check.body(), "token");

		var confirm = post(two, "/team/import/confirm", cookie, Map.of("_csrf", csrf(check), "token", token));
		assertThat(location(confirm)).isEqualTo("/team/import");
		assertThat(get(one, "/team/import", cookie).body()).as("the flash message crosses instances too")
			.contains("Importerte 2 treff. 0 linjer ble hoppet over");
		assertThat(
				jdbc.queryForObject("select count(*) from imported_encounter where team_id = ?", Integer.class, team))
			.isEqualTo(2);
		assertThat(
				jdbc.queryForObject("select count(*) from pending_import where token = ?::uuid", Integer.class, token))
			.isZero();
	}

	@Test
	void whenBothInstancesStartTheCleanupAtOnceOnlyOneRunsIt() throws Exception {
		var account = jdbc.queryForObject("select id from account where username = ?", UUID.class, leader);
		var stale = UUID.randomUUID();
		jdbc.update(
				"insert into pending_import (token, team_id, account_id, principal_name, file_name, size_bytes,"
						+ " created_at) values (?, ?, ?, 'signed-out-long-ago', 'gammel.csv', 0, ?)",
				stale, team, account, Timestamp.from(Instant.now().minusSeconds(24 * 3600)));
		// free the lock (an earlier run holds it for a minute); the row stays, as
		// ShedLock expects once it made it
		jdbc.update("update shedlock set lock_until = locked_at - interval '1 minute' where name = ?",
				PendingImports.CLEANUP_LOCK);

		var start = new CyclicBarrier(2);
		List<Optional<Integer>> runs;
		try (var threads = Executors.newFixedThreadPool(2)) {
			var jobs = List.of(one.bean(PendingImports.class), two.bean(PendingImports.class));
			var futures = jobs.stream().map(job -> threads.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return job.cleanUp();
			})).toList();
			runs = futures.stream().map(TwoInstancesTest::result).toList();
		}

		assertThat(runs).as("one instance ran the job, the other found it locked")
			.filteredOn(Optional::isPresent)
			.hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from pending_import where token = ?", Integer.class, stale))
			.isZero();
		assertThat(jdbc.queryForObject("select lock_until > locked_at from shedlock where name = ?", Boolean.class,
				PendingImports.CLEANUP_LOCK))
			.as("the lock is held for a while after the run, so an instance whose trigger fires later skips it")
			.isTrue();
	}

	@Test
	void aSessionOutlivesARestartOfTheApplication() throws Exception {
		var cookie = signIn(one, worker);
		one.close();
		one = AppInstance.start(PROPERTIES);
		var home = get(one, "/", cookie);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Vera Vakt");
	}

	/**
	 * Signs in through the login form; returns the session cookie ({@code name=value}).
	 */
	private String signIn(AppInstance instance, String username) throws Exception {
		var form = get(instance, "/login", null);
		var anonymous = cookie(form);
		var login = post(instance, "/login", anonymous,
				Map.of("username", username, "password", PASSWORD, "_csrf", csrf(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location(login)).isEqualTo("/");
		var cookie = cookie(login);
		assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(anonymous);
		return cookie;
	}

	private HttpResponse<String> get(AppInstance instance, String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(instance.uri(path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> post(AppInstance instance, String path, String cookie, Map<String, String> form)
			throws Exception {
		var body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(instance.uri(path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(AppInstance instance, String cookie, String csrf, String fileName, String csv)
			throws Exception {
		var boundary = "feltlogg-" + UUID.randomUUID();
		var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return http.send(HttpRequest.newBuilder(instance.uri("/team/import"))
			.header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), BodyHandlers.ofString());
	}

	private static Map<String, String> encounter(String csrf, String cell, String count) {
		var form = new LinkedHashMap<String, String>();
		form.put("_csrf", csrf);
		form.put("date", "2025-03-14");
		form.put("time", "21:30");
		form.put("arena", "street");
		form.put("counts[" + cell + "]", count);
		return form;
	}

	/** The session cookie the response set, as a browser sends it back. */
	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	/** As if the session had not been used for longer than its time-out (45 minutes). */
	private void idleTimeOutPasses(String cookie) {
		var lastUsed = Instant.now().minusSeconds(46 * 60);
		assertThat(jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
				lastUsed.toEpochMilli(), lastUsed.plusSeconds(45 * 60).toEpochMilli(), sessionId(cookie)))
			.isOne();
	}

	/** The session id in the cookie (Spring Session writes it in Base64). */
	private static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
				StandardCharsets.US_ASCII);
	}

	private static String csrf(HttpResponse<String> page) {
		return field(page.body(), "_csrf");
	}

	private static String field(String html, String name) {
		var matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a field named " + name).isTrue();
		return matcher.group(1);
	}

	private static String location(HttpResponse<?> response) {
		var location = response.headers().firstValue("Location").orElse("");
		return location.startsWith("http") ? URI.create(location).getPath() : location;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static <T> T result(Future<T> future) {
		try {
			return future.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("the job did not finish", ex);
		}
	}

}
