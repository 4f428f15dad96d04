package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Exports of a youth's personal data and need-to-know openings go to the security log, in
 * the reader's team.
 */
@IntegrationTest
class YouthSecurityLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	private String events(CurrentUser actor, UUID youth) {
		return String.join(",", jdbc.queryForList("""
				select event || ':' || coalesce(detail, '') || ':' || team_id from security_log
				 where actor_id = ? and target_id = ? order by at""", String.class, actor.accountId(), youth));
	}

	@Test
	void anExportOfAYouthsDataIsInTheSecurityLog() {
		var youth = YouthFixtures.register(records, worker, "Eksport Ungdom " + UUID.randomUUID(), Birth.year(2009));
		var leader = municipality.user(municipality.account(Role.LEADER));
		assertThat(mvc.get().uri("/youth/{id}/export.json", youth).with(user(leader))).hasStatusOk();
		assertThat(mvc.get().uri("/youth/{id}/export.pdf", youth).with(user(leader))).hasStatusOk();

		assertThat(events(leader, youth)).isEqualTo(
				"EXPORT:youth.export.json:" + municipality.teamA + ",EXPORT:youth.export.pdf:" + municipality.teamA);
		assertThat(events(worker, youth)).as("registering is no export").isEmpty();
	}

	@Test
	void aNeedToKnowOpeningIsInTheSecurityLog() {
		var youth = YouthFixtures.register(records, worker, "Skjermet " + UUID.randomUUID(), Birth.year(2008), true);
		var colleague = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.post()
			.uri("/youth/{id}/need-to-know", youth)
			.param("reason", "Dekker vakt for kontaktpersonen i kveld")
			.with(user(colleague))
			.with(csrf())).hasRedirectedUrl("/youth/" + youth);

		assertThat(events(colleague, youth)).isEqualTo("NEED_TO_KNOW::" + municipality.teamA);
	}

}
