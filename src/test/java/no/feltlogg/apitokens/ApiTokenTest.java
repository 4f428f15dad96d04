package no.feltlogg.apitokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * API tokens (issue 18, ADR 0035): made by an administrator or a leader, shown once and
 * kept hashed, read {@code /api/v1/statistics/annual} and {@code /trends} and nothing
 * else, stop at revocation, and never show a count from 1 to 4 unless the token is its
 * own team's, made by that team's leader.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser admin;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		admin = municipality.user(municipality.account(Role.ADMIN));
		leader = municipality.user(municipality.account(Role.LEADER));
		var workerA = municipality.user(municipality.account(Role.WORKER));
		var workerB = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		log(workerA, "2025-03-03", "street", "BOY:12-15", "12");
		log(workerA, "2025-03-10", "online", "GIRL:16-18", "2");
		log(workerB, "2025-03-12", "street", "GIRL:12-15", "9");
		log(workerB, "2025-04-02", "school", "BOY:16-18", "3");
	}

	@Test
	void aMunicipalityTokenReadsAnnualAndTrendsWithSmallNumbersHidden() {
		var token = make(admin, "/admin/tokens", "Kommunens dashbord", null);
		var trends = bearer("/api/v1/statistics/trends?from=2025-03&to=2025-04", token);
		assertThat(trends).hasStatusOk();
		assertThat(trends).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*][?(@.suppressed == true)].value")
			.asArray()
			.isNotEmpty()
			.containsOnlyNulls();
		assertNoSmallCount(trends);
		// both teams: 21 in the street in March
		assertThat(trends).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*].value")
			.asArray()
			.contains(21);
		var annual = bearer("/api/v1/statistics/annual?year=2025", token);
		assertThat(annual).hasStatusOk();
		assertThat(annual).bodyJson().extractingPath("$.year").isEqualTo(2025);
		assertThat(annual).bodyJson().extractingPath("$.suppressed").isEqualTo(true);
		assertThat(annual).bodyJson().extractingPath("$.tables[*].id").asArray().contains("trendArena");
		assertNoSmallCount(annual);
	}

	@Test
	void aTeamTokenMadeByTheTeamsLeaderReadsTheTeamsOwnFiguresUnsuppressed() {
		var token = make(leader, "/team/tokens", "Teamets regneark", null);
		var annual = bearer("/api/v1/statistics/annual?year=2025", token);
		assertThat(annual).hasStatusOk();
		var json = assertThat(annual).bodyJson();
		json.extractingPath("$.team.id").isEqualTo(municipality.teamA.toString());
		json.extractingPath("$.encounters.total").isEqualTo(14);
		json.extractingPath("$.encounters.anonymous.girl").isEqualTo(2);
		var trends = bearer("/api/v1/statistics/trends?from=2025-03&to=2025-04", token);
		assertThat(trends).hasStatusOk();
		// only team A: 12 in the street in March, not the municipality's 21
		assertThat(trends).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*].value")
			.asArray()
			.contains(12)
			.doesNotContain(21);
	}

	@Test
	void aTeamTokenMadeByAnAdministratorReadsOneTeamSuppressed() {
		var token = make(admin, "/admin/tokens", "Team A, offentlig", municipality.teamA);
		var annual = bearer("/api/v1/statistics/annual?year=2025", token);
		assertThat(annual).hasStatusOk();
		assertThat(annual).bodyJson().extractingPath("$.suppressed").isEqualTo(true);
		assertThat(annual).bodyJson().extractingPath("$.team.id").isEqualTo(municipality.teamA.toString());
		assertNoSmallCount(annual);
		var trends = bearer("/api/v1/statistics/trends?from=2025-03&to=2025-04", token);
		assertThat(trends).hasStatusOk();
		assertNoSmallCount(trends);
		assertThat(trends).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*].value")
			.asArray()
			.doesNotContain(21);
	}

	@Test
	void aLeadersTokenReadsSuppressedOnceSheNoLongerLeadsTheTeam() {
		var token = make(leader, "/team/tokens", "Teamets regneark", null);
		jdbc.update("update account set enabled = false where id = ?", leader.accountId());
		var annual = bearer("/api/v1/statistics/annual?year=2025", token);
		assertThat(annual).hasStatusOk();
		assertThat(annual).bodyJson().extractingPath("$.suppressed").isEqualTo(true);
		assertNoSmallCount(annual);
	}

	@Test
	void aTokenIsRefusedOnEveryOtherPath() {
		var token = make(admin, "/admin/tokens", "Dashbord", null);
		var refusedWith = new ArrayList<String>();
		for (var path : otherPaths()) {
			for (var post : List.of(false, true)) {
				var request = (post ? mvc.post().uri(path).with(csrf()) : mvc.get().uri(path))
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
				var result = request.exchange();
				if (result.getResponse().getStatus() != 401) {
					refusedWith.add((post ? "POST " : "GET ") + path + " answered " + result.getResponse().getStatus());
				}
			}
		}
		assertThat(refusedWith).as("every path but GET /api/v1/statistics/** refuses a token with 401").isEmpty();
		// also with a session beside it: the token is refused, the session does not carry
		// it through
		assertThat(
				mvc.get().uri("/admin/accounts").with(user(admin)).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.hasStatus(401);
		assertThat(mvc.post().uri("/api/v1/statistics/trends").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.hasStatus(401);
	}

	@Test
	void aWrongOrRevokedTokenIsRefusedAndTheStatisticsStillNeedASignIn() {
		var token = make(admin, "/admin/tokens", "Dashbord", null);
		assertThat(bearer("/api/v1/statistics/trends", token)).hasStatusOk();
		assertThat(bearer("/api/v1/statistics/trends", token + "x")).hasStatus(401)
			.headers()
			.containsHeader(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(bearer("/api/v1/statistics/trends", "flt_" + UUID.randomUUID())).hasStatus(401);
		assertThat(bearer("/api/v1/statistics/trends", "")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/statistics/trends")).hasStatus(302);
		var id = jdbc.queryForObject("select id from api_token where token_hash = ?", UUID.class,
				ApiTokens.hash(token));
		assertThat(mvc.post().uri("/admin/tokens/" + id + "/revoke").with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/tokens");
		assertThat(bearer("/api/v1/statistics/trends", token)).hasStatus(401);
		assertThat(bearer("/api/v1/statistics/annual", token)).hasStatus(401);
	}

	@Test
	void theTokenIsShownOnceKeptHashedListedWithItsLastUseAndNeverLogged(CapturedOutput output) throws Exception {
		var token = make(admin, "/admin/tokens", "Power BI", null);
		assertThat(token).startsWith("flt_").hasSizeGreaterThan(40);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
				ApiTokens.hash(token)))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or name = ?", Integer.class,
				token, token))
			.isZero();
		var before = page(admin, "/admin/tokens");
		assertThat(before).contains("Power BI").contains("Aldri brukt").doesNotContain(token);
		assertThat(bearer("/api/v1/statistics/trends", token)).hasStatusOk();
		assertThat(bearer("/admin/accounts", token)).hasStatus(401);
		assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where token_hash = ?",
				Boolean.class, ApiTokens.hash(token)))
			.isTrue();
		assertThat(page(admin, "/admin/tokens")).doesNotContain("Aldri brukt").doesNotContain(token);
		assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(10));
	}

	@Test
	void aLeaderSeesAndRevokesOnlyHerOwnTeamsTokensAndOthersMayNotMakeThem() {
		var teamB = make(admin, "/admin/tokens", "Nøkkel for det andre teamet", municipality.teamB);
		var own = make(leader, "/team/tokens", "Eget", null);
		var page = page(leader, "/team/tokens");
		assertThat(page).contains("Eget").doesNotContain("Nøkkel for det andre teamet");
		var teamBId = jdbc.queryForObject("select id from api_token where token_hash = ?", UUID.class,
				ApiTokens.hash(teamB));
		assertThat(mvc.post().uri("/team/tokens/" + teamBId + "/revoke").with(user(leader)).with(csrf()))
			.hasStatus(404);
		assertThat(bearer("/api/v1/statistics/trends", teamB)).hasStatusOk();
		// another municipality's administrator does not find it either
		var elsewhere = staff.newMunicipality();
		var otherAdmin = elsewhere.user(elsewhere.account(Role.ADMIN));
		assertThat(mvc.post().uri("/admin/tokens/" + teamBId + "/revoke").with(user(otherAdmin)).with(csrf()))
			.hasStatus(404);
		assertThat(page(otherAdmin, "/admin/tokens")).doesNotContain("Nøkkel for det andre teamet");
		for (var role : List.of(Role.WORKER, Role.SLT)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.post().uri("/admin/tokens").param("name", "x").with(user(other)).with(csrf()))
				.hasStatus(403);
			assertThat(mvc.post().uri("/team/tokens").param("name", "x").with(user(other)).with(csrf())).hasStatus(403);
		}
		// a leader's token is her own team's whatever team the form names
		var forced = make(leader, "/team/tokens", "Forsøk", municipality.teamB);
		assertThat(jdbc.queryForObject("select team_id from api_token where token_hash = ?", UUID.class,
				ApiTokens.hash(forced)))
			.isEqualTo(municipality.teamA);
		assertThat(own).isNotEqualTo(forced);
		// a blank name is answered at the field
		assertThat(mvc.post().uri("/admin/tokens").param("name", " ").with(user(admin)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Dette feltet må fylles ut.");
	}

	/**
	 * Makes a token through the page, as its user would, and reads it off the page it is
	 * shown on once.
	 */
	private String make(CurrentUser who, String page, String name, UUID team) {
		var request = mvc.post().uri(page).param("name", name).with(user(who)).with(csrf());
		if (team != null) {
			request = request.param("teamId", team.toString());
		}
		var result = request.exchange();
		assertThat(result).hasRedirectedUrl(page);
		var token = (String) result.getMvcResult().getFlashMap().get("newToken");
		assertThat(token).isNotNull();
		return token;
	}

	private String page(CurrentUser who, String uri) {
		var result = mvc.get().uri(uri).with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private MvcTestResult bearer(String uri, String token) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	/** No shown cell (or shown total) of any table counts from 1 to 4. */
	private static void assertNoSmallCount(MvcTestResult result) {
		String body;
		try {
			body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
		List<Object> values = JsonPath.read(body, "$.tables[*].cells[*][*].value");
		assertThat(values).isNotEmpty();
		assertThat(values).as("no count from 1 to 4")
			.noneMatch(v -> v instanceof Number n && n.longValue() >= 1 && n.longValue() <= 4);
	}

	/**
	 * Every path of the security matrix but the statistics API's, with its variables
	 * filled in with some id.
	 */
	private static List<String> otherPaths() {
		var paths = new ArrayList<String>();
		try {
			var text = new ClassPathResource("security-matrix.csv").getContentAsString(StandardCharsets.UTF_8);
			for (var line : text.split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				var path = line.split(",", -1)[1];
				if (path.startsWith("/api/v1/statistics/")) {
					continue;
				}
				var concrete = path.replace("{format}", "csv").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				if (!paths.contains(concrete)) {
					paths.add(concrete);
				}
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		paths.addAll(
				List.of("/", "/login", "/api/v1/openapi.json", "/css/app.css", "/actuator/health", "/no/such/page"));
		assertThat(paths).hasSizeGreaterThan(100);
		return paths;
	}

	private void log(CurrentUser who, String date, String arena, String cell, String count) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", arena)
			.param("counts[" + cell + "]", count)
			.with(user(who))
			.with(csrf());
		if (arena.equals("online")) {
			request = request.param("platform", "TIKTOK");
		}
		assertThat(request).hasRedirectedUrl("/");
	}

}
