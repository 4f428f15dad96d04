package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.feltlogg.measures.Measures;
import no.feltlogg.measures.NewMeasure;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.Youths;

/**
 * Help measures for child welfare in the first demo team: Jonas' contact-person measure
 * after the cooperation meeting (its evaluation due within the fortnight, so it shows on
 * the worker's home page), and Emma's support to go to school, each with its plan and
 * follow-ups against the goals. Made through the same service as the pages, on the
 * youths' own consents. Runs only under the {@code demo} profile, after the youths and
 * referrals, and only while the team has no measures. The field observations the area
 * extract shows come from {@link DemoFieldActivity}.
 */
@Component
@Profile("demo")
@Order(45)
class DemoMeasures implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);

	private final Teams teams;

	private final Youths youths;

	private final YouthRecords records;

	private final Measures measures;

	private final String municipalityName;

	private final LocalDate today;

	DemoMeasures(Teams teams, Youths youths, YouthRecords records, Measures measures,
			@Value("${feltlogg.municipality-name}") String municipalityName, Clock clock) {
		this.today = LocalDate.now(clock);
		this.teams = teams;
		this.youths = youths;
		this.records = records;
		this.measures = measures;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = teams.teamsOf(municipality)
			.stream()
			.filter(t -> t.name().equals(DemoData.TEAM_A))
			.findFirst()
			.orElse(null);
		if (sentrum == null) {
			log.info("Demo team not found; no demo measures");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			var ingrid = DemoPrincipals.signIn(teams, municipality, sentrum, Role.WORKER);
			if (as(ingrid, () -> measures.hasMeasures(ingrid))) {
				log.info("Demo measures already present");
				return;
			}
			var byName = new HashMap<String, UUID>();
			as(ingrid, () -> youths.active(ingrid)).forEach(y -> byName.put(y.name(), y.id()));
			var made = jonas(ingrid, byName.get("Jonas Østby")) + emma(ingrid, byName.get("Emma Johansen Berg"));
			log.info("Demo measures created for {}: {}", sentrum.name(), made);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private int jonas(CurrentUser ingrid, @Nullable UUID jonas) {
		if (jonas == null) {
			return 0;
		}
		var consent = as(ingrid, () -> youths.consents(ingrid.requireTeamId(), jonas)).stream()
			.filter(c -> c.scope() == ConsentScope.CHILD_WELFARE && c.isValidOn(days(5)) && c.isValidOn(today)
					&& c.givenBy() != ConsentGiver.GUARDIAN)
			.findFirst()
			.map(c -> c.id())
			.orElse(null);
		if (consent == null) {
			return 0;
		}
		var id = as(ingrid,
				() -> measures.create(ingrid, new NewMeasure(jonas, "Miljøarbeider som fast kontaktperson", days(6),
						days(5), today.plusMonths(6), new BigDecimal("3"),
						List.of("Møte kontaktpersonen to ganger i uka", "Komme i gang med en fast fritidsaktivitet",
								"Holde seg unna miljøet rundt ranet"),
						consent, ingrid.accountId(), today.plusDays(9))));
		followUps(ingrid, id, Map.of(0, new Object[] { days(4), "1,5",
				"Gikk tur og spiste burger. Jonas fortalte om helgen og at han har holdt seg hjemme om kveldene." }, 1,
				new Object[] { days(2), "2",
						"Var med Jonas på prøvetrening i bokseklubben. Han vil gå igjen på torsdag." },
				2, new Object[] { days(1), "1",
						"Snakket om hvem han henger med nå. Han har sluttet å svare de eldre guttene på Snapchat." }));
		return 1;
	}

	private int emma(CurrentUser ingrid, @Nullable UUID emma) {
		if (emma == null) {
			return 0;
		}
		var consent = as(ingrid,
				() -> records.giveConsent(ingrid, emma,
						new NewConsent(ConsentScope.CHILD_WELFARE, null, null, ConsentGiver.YOUTH, HowGiven.WRITTEN,
								days(70), null, "Emma samtykker til hjelpetiltaket fra barnevernet.")));
		var id = as(ingrid, () -> measures.create(ingrid,
				new NewMeasure(emma, "Støtte til å komme på skolen", days(66), days(60), today.plusMonths(4),
						new BigDecimal("2"),
						List.of("Møte på skolen hver morgen i to uker", "Ha en fast voksen å snakke med på skolen"),
						consent, ingrid.accountId(), today.plusDays(45))));
		followUps(ingrid, id, Map.of(0,
				new Object[] { days(58), "1", "Møtte Emma ved porten klokka åtte. Hun gikk inn." }, 1,
				new Object[] { days(30), "1,5", "Møte med helsesykepleier og Emma. De avtalte faste samtaler." }));
		return 1;
	}

	/** Follow-ups by the index of the goal: the day, the hours as typed, the note. */
	private void followUps(CurrentUser user, UUID measure, Map<Integer, Object[]> byGoal) {
		var goals = as(user, () -> measures.forChange(user, measure)).goals();
		byGoal.forEach((index, followUp) -> as(user,
				() -> measures.recordFollowUp(user, measure, goals.get(index).id(), (LocalDate) followUp[0],
						new BigDecimal(((String) followUp[1]).replace(',', '.')), (String) followUp[2])));
	}

	private LocalDate days(int ago) {
		return today.minusDays(ago);
	}

}
