package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.ConcernCriterion;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The report's follow-up, registered-youth and priority tables against data with known
 * answers.
 */
@IntegrationTest
class FollowUpReportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		UUID ada = YouthFixtures.register(records, worker, "Ada Åse", Birth.of(LocalDate.of(2011, 3, 1)));
		UUID ida = YouthFixtures.register(records, worker, "Ida Berg", Birth.of(LocalDate.of(2007, 3, 1)));
		AsUser.run(worker, () -> {
			// three follow-up conversations with two youths, a note that is not a
			// conversation, one anonymous inquiry
			journal.write(worker, ada, content(EntryType.FOLLOW_UP, "2025-02-03"), true);
			journal.write(worker, ada, content(EntryType.PHONE_DIGITAL, "2025-02-10"), true);
			journal.write(worker, ida, content(EntryType.FOLLOW_UP, "2025-03-05"), true);
			journal.write(worker, ida, content(EntryType.NOTE, "2025-03-06"), true);
			journal.recordAnonymous(worker, EntryType.FOLLOW_UP, LocalDate.of(2025, 4, 1), 30, List.of("school"));
			records.changePriority(worker, ada, PriorityLevel.YELLOW, LocalDate.of(2025, 1, 10), "Første vurdering");
			records.changePriority(worker, ada, PriorityLevel.RED, LocalDate.of(2025, 3, 20), "Ny informasjon");
			records.changePriority(worker, ida, PriorityLevel.RED, LocalDate.of(2025, 1, 15), "Første vurdering");
			records.changePriority(worker, ida, PriorityLevel.GREEN, LocalDate.of(2025, 6, 1), "Går på skolen igjen");
			records.noteConcern(worker, ada, ConcernCriterion.FIGHTS, LocalDate.of(2025, 3, 20), null);
		});
	}

	private static EntryContent content(EntryType type, String date) {
		return new EntryContent(type, LocalDate.parse(date), 45, List.of("school"), "Samtale om skole og venner.");
	}

	@Test
	void conversationsYouthsAndPriorityAreCountedAsTheDomainSays() throws Exception {
		var page = page("/statistics/annual?kind=year&year=2025");
		assertThat(row(page, "followUp", "Oppfølgingssamtaler i alt")).containsExactly("4");
		assertThat(row(page, "followUp", "Herav anonyme henvendelser")).containsExactly("1");
		assertThat(row(page, "followUp", "Unike ungdommer i samtaler")).containsExactly("2");
		// both were registered (consent given) yesterday, so they count as registered
		// youths this year only
		assertThat(row(page, "registeredYouths", "Jenter")).containsExactly("0");
		var thisYear = page("/statistics/annual?kind=year&year=" + LocalDate.now(Oslo.ZONE).minusDays(1).getYear());
		assertThat(row(thisYear, "registeredYouths", "Jenter")).endsWith("2");
		assertThat(row(page, "priorityByMonth", "februar")).containsExactly("1", "1", "0");
		assertThat(row(page, "priorityByMonth", "mars")).containsExactly("2", "0", "0");
		assertThat(row(page, "priorityByMonth", "juni")).containsExactly("1", "0", "1");
		assertThat(row(page, "priorityMovements", "Gul → Rød")).containsExactly("1");
		assertThat(row(page, "priorityMovements", "Rød → Grønn")).containsExactly("1");
		assertThat(row(page, "priorityMovements", "Rød → Gul")).containsExactly("0");
		assertThat(row(page, "worrying", "Ungdomsskole")).containsExactly("1");

		var api = mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(leader)).exchange();
		var json = assertThat(api).bodyJson();
		json.extractingPath("$.followUpConversations.total").isEqualTo(4);
		json.extractingPath("$.followUpConversations.uniqueYouths").isEqualTo(2);
		json.extractingPath("$.followUpConversations.anonymous").isEqualTo(1);
		json.extractingPath("$.priority.transitions[?(@.from == 'yellow' && @.to == 'red')].count")
			.asArray()
			.containsExactly(1);
		json.extractingPath("$.priority.byMonth[?(@.month == '2025-03' && @.level == 'red')].count")
			.asArray()
			.containsExactly(2);
	}

	private Document page(String url) throws Exception {
		var result = mvc.get().uri(url).with(user(leader)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> row(Document page, String table, String label) {
		return page.select("#table-" + table + " tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label + " in " + table))
			.select("td")
			.eachText();
	}

}
