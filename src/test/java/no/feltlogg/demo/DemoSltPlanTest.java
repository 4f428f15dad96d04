package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.support.IntegrationTest;

/**
 * The demo's SLT action plan (issue 18): SLT areas over both teams' areas and five
 * measures beside the trends.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoSltPlanTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theCoordinatorHasAreasAndMeasuresAndCanNarrowTheTrends() throws Exception {
		var slt = (CurrentUser) users.loadUserByUsername("slt");
		assertThat(jdbc.queryForObject("select count(*) from slt_area where municipality_id = ?", Integer.class,
				slt.municipalityId()))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from slt_measure where municipality_id = ?", Integer.class,
				slt.municipalityId()))
			.isBetween(4, 6);
		var centre = jdbc.queryForObject("select id from slt_area where municipality_id = ? and name = 'Sentrum'",
				UUID.class, slt.municipalityId());
		var page = mvc.get().uri("/slt/trends?area=" + centre).with(user(slt)).exchange();
		assertThat(page).hasStatusOk();
		var html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.select("#slt-area-measures li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(html.select("#table-trendArea td.num").eachText()).isNotEmpty()
			.allMatch(cell -> !cell.matches("[1-4]"));
		assertThat(mvc.get().uri("/slt/plan").with(user(slt))).hasStatusOk()
			.bodyText()
			.contains("Natteravner fredag og lørdag", "Åpen hall i Nordbyen");
	}

	@Test
	void theAdministratorsTokenPageShowsTheDashboardsTokenWithoutItsSecret() {
		var admin = (CurrentUser) users.loadUserByUsername("admin");
		assertThat(jdbc.queryForObject(
				"select count(*) from api_token where municipality_id = ? and name = ? and team_id is null",
				Integer.class, admin.municipalityId(), DemoApiTokens.NAME))
			.isEqualTo(1);
		assertThat(mvc.get().uri("/admin/tokens").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(DemoApiTokens.NAME)
			.doesNotContainPattern("flt_[A-Za-z0-9_-]{40,}");
	}

}
