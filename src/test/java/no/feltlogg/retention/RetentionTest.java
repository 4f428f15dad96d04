package no.feltlogg.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The hold, the deposit-or-refuse rule, the rules a new municipality starts with, the
 * pages and the status API.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	@Autowired
	RetentionRules rules;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	CurrentUser admin;

	LocalDate today;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		admin = municipality.user(municipality.account(Role.ADMIN));
		today = LocalDate.now(clock.withZone(Oslo.ZONE));
	}

	@Test
	void aNewMunicipalityRemovesNothingUntilTheRulesAreConfirmed() throws Exception {
		var youth = closedYouth("Nils Nyby", 30);
		assertThat(rules.rules(municipality.id)).hasSize(RuleKind.values().length)
			.noneMatch(RetentionRules.Rule::isConfirmed);
		var outcome = retention.run(municipality.id, Retention.StartedBy.ADMIN);
		assertThat(outcome.anonymised() + outcome.blanked() + outcome.deleted()).isZero();
		assertThat(name(youth)).isEqualTo("Nils Nyby");

		var page = Jsoup.parse(mvc.get()
			.uri("/admin/retention")
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#rule-YOUTH_RECORD .hint").text()).contains("Forslag 60 måneder")
			.contains("ikke bekreftet");
		assertThat(page.select("#rule-ACCESS_LOG .hint").text()).contains("hvem som har sett");

		// the administrator confirms through the page; a period too short for the access
		// log is refused at its field
		var refused = mvc.post()
			.uri("/admin/retention/rules")
			.with(user(admin))
			.with(csrf())
			.param("youthRecord", "12")
			.param("fieldNotes", "12")
			.param("guidanceNotes", "12")
			.param("accessLog", "6")
			.param("referralText", "12")
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("#accessLog-error")
			.text()).contains("minst 12");
		assertThat(mvc.post()
			.uri("/admin/retention/rules")
			.with(user(admin))
			.with(csrf())
			.param("youthRecord", "12")
			.param("fieldNotes", "12")
			.param("guidanceNotes", "12")
			.param("accessLog", "120")
			.param("referralText", "12")
			.param("archive", "true")
			.param("archiveFolder", "")
			.exchange()).hasStatusOk();
		assertThat(rules.confirmed(municipality.id)).isEmpty();
		assertThat(mvc.post()
			.uri("/admin/retention/rules")
			.with(user(admin))
			.with(csrf())
			.param("youthRecord", "12")
			.param("fieldNotes", "12")
			.param("guidanceNotes", "12")
			.param("accessLog", "120")
			.param("referralText", "12")
			.exchange()).hasRedirectedUrl("/admin/retention");
		assertThat(rules.confirmed(municipality.id)).hasSize(RuleKind.values().length);

		assertThat(mvc.post().uri("/admin/retention/run").with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/retention");
		assertThat(name(youth)).isEqualTo("Anonymisert");
		var status = assertThat(mvc.get().uri("/api/v1/retention/status").with(user(admin))).bodyJson();
		status.extractingPath("$.anonymised").isEqualTo(1);
		status.extractingPath("$.held").isEqualTo(0);
		status.extractingPath("$.lastRun").asString().isNotBlank();
		assertThat(mvc.get().uri("/api/v1/retention/status").with(user(leader))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aHeldYouthIsNotAnonymisedUntilTheHoldIsLifted() throws Exception {
		confirm(false);
		var held = closedYouth("Hanne Holdt", 13);
		var soon = closedYouth("Siri Snart", today.minusMonths(12).plusDays(10));
		var due = AsUser.call(leader, () -> retention.due(leader));
		assertThat(due).extracting(Retention.DueYouth::name).contains("Hanne Holdt", "Siri Snart");

		// a hold without a reason is refused at its field
		var empty = mvc.post()
			.uri("/team/retention/hold")
			.with(user(leader))
			.with(csrf())
			.param("youthId", held.toString())
			.param("reason", " ")
			.exchange();
		assertThat(empty).hasStatusOk();
		assertThat(Jsoup.parse(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("#reason-error")
			.text()).isNotBlank();
		assertThat(mvc.post()
			.uri("/team/retention/hold")
			.with(user(leader))
			.with(csrf())
			.param("youthId", held.toString())
			.param("reason", "Anmodning fra politiet, sak 123")).hasRedirectedUrl("/team/retention");

		var status = assertThat(mvc.get().uri("/api/v1/retention/status").with(user(admin))).bodyJson();
		status.extractingPath("$.held").isEqualTo(1);
		status.extractingPath("$.dueWithin30Days").isEqualTo(1);

		var outcome = retention.run(municipality.id, Retention.StartedBy.SCHEDULE);
		assertThat(outcome.held()).isEqualTo(1);
		assertThat(outcome.anonymised()).isZero();
		assertThat(name(held)).isEqualTo("Hanne Holdt");
		assertThat(name(soon)).as("not yet due").isEqualTo("Siri Snart");
		assertThat(accessLogSubjects(held)).contains(Retention.SUBJECT_HOLD);

		var page = Jsoup.parse(mvc.get()
			.uri("/team/retention")
			.with(user(leader))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#youth-" + held).text()).contains("Anmodning fra politiet");
		assertThat(page.select("#youth-" + soon).text()).contains("Siri Snart");

		// the database refuses too: the retention path will not anonymise a held youth
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> jdbc.sql("select retention_anonymise_youth(?)").param(held).query(Integer.class).single()))
			.rootCause()
			.hasMessageContaining("legal hold");

		assertThat(mvc.post()
			.uri("/team/retention/lift")
			.with(user(leader))
			.with(csrf())
			.param("youthId", held.toString())
			.param("reason", "Saken er avsluttet")).hasRedirectedUrl("/team/retention");
		assertThat(accessLogSubjects(held)).contains(Retention.SUBJECT_HOLD_LIFTED);
		assertThat(retention.run(municipality.id, Retention.StartedBy.SCHEDULE).anonymised()).isEqualTo(1);
		assertThat(name(held)).isEqualTo("Anonymisert");

		// another team's leader can neither see nor hold her
		var other = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.post()
			.uri("/team/retention/hold")
			.with(user(other))
			.with(csrf())
			.param("youthId", soon.toString())
			.param("reason", "Ingen grunn")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aYouthWhosePackageCannotBeDepositedIsNotAnonymised(@TempDir Path temp) throws Exception {
		confirm(true);
		var youth = YouthFixtures.register(records, worker, "Arne Arkiv", Birth.of(LocalDate.of(2008, 5, 5)));
		AsUser.run(worker, () -> {
			journal.write(worker, youth, new EntryContent(EntryType.FOLLOW_UP, today.minusMonths(20), 30,
					List.of("school"), "Samtale om skole, æøå og ÆØÅ – «sitat»."), true);
			records.close(worker, youth);
		});
		jdbc.sql("update youth set closed_on = ? where id = ?").params(today.minusMonths(14), youth).update();

		// no folder named
		var missing = retention.run(municipality.id, Retention.StartedBy.ADMIN);
		assertThat(missing.succeeded()).isFalse();
		assertThat(missing.failure()).isEqualTo("archiveFolderMissing");
		assertThat(missing.anonymised()).isZero();
		assertThat(missing.refused()).isEqualTo(1);
		assertThat(name(youth)).isEqualTo("Arne Arkiv");

		// a folder that cannot be made: beneath a plain file (refused even to root)
		var file = Files.writeString(temp.resolve("a-file"), "x");
		rules.setArchiveFolder(municipality.id, file.resolve("archive").toString());
		var unwritable = retention.run(municipality.id, Retention.StartedBy.ADMIN);
		assertThat(unwritable.succeeded()).isFalse();
		assertThat(unwritable.failure()).isEqualTo("archiveNotWritten");
		assertThat(unwritable.anonymised()).isZero();
		assertThat(name(youth)).isEqualTo("Arne Arkiv");
		assertThat(jdbc.sql("select outcome || ' ' || failure from retention_run where id = ?")
			.param(unwritable.runId())
			.query(String.class)
			.single()).isEqualTo("FAILED archiveNotWritten");
		var runs = AsUser.call(admin, () -> retention.runs(admin));
		assertThat(runs.get(0).failure()).isEqualTo("archiveNotWritten");

		// a writable folder: the package first, then the record anonymised
		var folder = temp.resolve("archive");
		rules.setArchiveFolder(municipality.id, folder.toString());
		var done = retention.run(municipality.id, Retention.StartedBy.ADMIN);
		assertThat(done.succeeded()).isTrue();
		assertThat(done.anonymised()).isEqualTo(1);
		assertThat(name(youth)).isEqualTo("Anonymisert");
		var pdf = folder.resolve(youth + ".pdf");
		var json = Files.readString(folder.resolve(youth + ".json"));
		assertThat(json).contains("\"format\" : \"PDF/A-1b\"").contains("Arne Arkiv").contains("\"sha256\"");
		try (var doc = Loader.loadPDF(pdf.toFile())) {
			var xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).contains("<pdfaid:part>1</pdfaid:part>")
				.contains("<pdfaid:conformance>B</pdfaid:conformance>");
			assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
			for (var page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("Arne Arkiv").contains("æøå og ÆØÅ");
		}
		pdfinfo(pdf);
	}

	/** Where poppler's pdfinfo is installed, it must read the file as a PDF/A-1b too. */
	private static void pdfinfo(Path pdf) throws IOException, InterruptedException {
		if (!Files.isExecutable(Path.of("/usr/bin/pdfinfo"))) {
			return;
		}
		var process = new ProcessBuilder("/usr/bin/pdfinfo", "-meta", pdf.toString()).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("pdfaid:part>1");
	}

	@Test
	void anonymisingReachesTheGroundsOfAGuardianContactAHelpMeasureAndARestriction() {
		var youth = closedYouth("Nils Nyby", 30);
		var team = worker.requireTeamId();
		var now = java.sql.Timestamp.from(clock.instant());
		jdbc.sql(
				"""
						insert into journal_entry (id, team_id, youth_id, type, occurred_on, text, status, author_id, created_at,
						                           signed_at, legal_basis, legal_basis_note)
						values (?, ?, ?, 'GUARDIANS', ?, 'Ringte moren til Nils Nyby', 'SIGNED', ?, ?, ?, 'AVERT_HARM',
						        'Nils Nyby var i fare den kvelden')""")
			.params(UUID.randomUUID(), team, youth, today.minusMonths(31), worker.accountId(), now, now)
			.update();
		var consent = jdbc.sql("select id from consent where youth_id = ?")
			.param(youth)
			.query(UUID.class)
			.list()
			.get(0);
		var measure = UUID.randomUUID();
		var goal = UUID.randomUUID();
		jdbc.sql("""
				insert into child_welfare_measure (id, team_id, youth_id, title, decided_on, starts_on, ends_on,
				    hours_per_week, consent_id, responsible_id, evaluation_on, created_by, created_at)
				values (?, ?, ?, 'Støtte til Nils Nyby', ?, ?, ?, 2, ?, ?, ?, ?, ?)""")
			.params(measure, team, youth, today.minusMonths(40), today.minusMonths(40), today.minusMonths(32), consent,
					worker.accountId(), today.minusMonths(34), worker.accountId(), now)
			.update();
		jdbc.sql("insert into child_welfare_measure_goal (id, measure_id, position, text) values (?, ?, 0, ?)")
			.params(goal, measure, "Nils Nyby går på skolen hver dag")
			.update();
		jdbc.sql("""
				insert into child_welfare_measure_follow_up (id, team_id, measure_id, goal_id, done_on, hours, note,
				    recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, 1, 'Møtte Nils Nyby ved skolen', ?, ?)""")
			.params(UUID.randomUUID(), team, measure, goal, today.minusMonths(35), worker.accountId(), now)
			.update();
		jdbc.sql("""
				insert into youth_processing_restriction (youth_id, team_id, reason, restricted_at, restricted_by)
				values (?, ?, 'Nils Nyby protesterer', ?, ?)""").params(youth, team, now, leader.accountId()).update();
		confirm(false);

		retention.run(municipality.id, Retention.StartedBy.SCHEDULE);

		assertThat(name(youth)).isEqualTo("Anonymisert");
		assertThat(jdbc.sql("""
				select concat_ws(' | ', j.text, j.legal_basis_note) from journal_entry j where j.youth_id = :youth
				union all select m.title from child_welfare_measure m where m.youth_id = :youth
				union all select g.text from child_welfare_measure_goal g where g.measure_id = :measure
				union all select f.note from child_welfare_measure_follow_up f where f.measure_id = :measure
				union all select r.reason from youth_processing_restriction r where r.youth_id = :youth""")
			.param("youth", youth)
			.param("measure", measure)
			.query(String.class)
			.list()).hasSize(5).noneMatch(text -> text.contains("Nyby"));
		assertThat(jdbc.sql("select legal_basis from journal_entry where youth_id = ? and type = 'GUARDIANS'")
			.param(youth)
			.query(String.class)
			.list()).containsExactly("AVERT_HARM");
	}

	@Test
	void theYouthsPageTellsTheMunicipalitysOwnConfirmedPeriods() {
		assertThat(mvc.get().uri("/rights").with(user(worker))).bodyText().contains("i 12 måneder").contains("i 10 år");
		rules.confirm(municipality.id, admin.accountId(), Map.of(RuleKind.YOUTH_RECORD, 18, RuleKind.FIELD_NOTES, 12,
				RuleKind.GUIDANCE_NOTES, 12, RuleKind.ACCESS_LOG, 30, RuleKind.REFERRAL_TEXT, 12), Map.of());
		assertThat(mvc.get().uri("/rights").with(user(worker))).bodyText()
			.contains("tar vi vare på opplysningene i 18 måneder")
			.contains("hvem som har sett opplysningene dine, tar vi vare på i 30 måneder")
			.doesNotContain("i 10 år");
	}

	private void confirm(boolean archive) {
		rules.confirm(
				municipality.id, admin.accountId(), Map.of(RuleKind.YOUTH_RECORD, 12, RuleKind.FIELD_NOTES, 12,
						RuleKind.GUIDANCE_NOTES, 12, RuleKind.ACCESS_LOG, 120, RuleKind.REFERRAL_TEXT, 12),
				Map.of(RuleKind.YOUTH_RECORD, archive));
	}

	/** A youth of team A whose follow-up was closed this many months ago. */
	private UUID closedYouth(String name, int monthsAgo) {
		return closedYouth(name, today.minusMonths(monthsAgo));
	}

	private UUID closedYouth(String name, LocalDate closedOn) {
		var youth = YouthFixtures.register(records, worker, name, Birth.of(LocalDate.of(2008, 5, 5)));
		AsUser.run(worker, () -> records.close(worker, youth));
		jdbc.sql("update youth set closed_on = ? where id = ?").params(closedOn, youth).update();
		return youth;
	}

	private String name(UUID youth) {
		return jdbc.sql("select name from youth where id = ?").param(youth).query(String.class).single();
	}

	private List<String> accessLogSubjects(UUID youth) {
		return jdbc.sql("select subject from access_log where youth_id = ?").param(youth).query(String.class).list();
	}

}
