package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Role;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.ConcernCriterion;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.Youths;

/**
 * Registered youths for the two demo teams, with consents, priority histories, concern
 * criteria and journals in believable Norwegian. All names are made up. Written through
 * the same services as the pages, signed in as the team's own staff, so the access log
 * shows the registrations too. Runs only under the {@code demo} profile, and only while
 * the first team has no registered youths.
 */
@Component
@Profile("demo")
@Order(20)
class DemoYouths implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoYouths.class);

	private final Teams teams;

	private final YouthRecords records;

	private final Youths youths;

	private final Journal journal;

	private final String municipalityName;

	private final LocalDate today;

	DemoYouths(Teams teams, YouthRecords records, Youths youths, Journal journal,
			@Value("${feltlogg.municipality-name}") String municipalityName, Clock clock) {
		this.today = LocalDate.now(clock);
		this.teams = teams;
		this.records = records;
		this.youths = youths;
		this.journal = journal;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = DemoPrincipals.team(teams, municipality, "Ungdomsteamet Sentrum");
		var nordbyen = DemoPrincipals.team(teams, municipality, "Utekontakten Nordbyen");
		if (sentrum == null || nordbyen == null) {
			log.info("Demo teams not found; no demo youths");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			var worker = DemoPrincipals.signIn(teams, municipality, sentrum, Role.WORKER);
			if (!as(worker, () -> youths.active(worker)).isEmpty()) {
				log.info("Demo youths already present");
				return;
			}
			sentrum(worker, DemoPrincipals.signIn(teams, municipality, sentrum, Role.LEADER));
			nordbyen(DemoPrincipals.signIn(teams, municipality, nordbyen, Role.WORKER),
					DemoPrincipals.signIn(teams, municipality, nordbyen, Role.LEADER));
			log.info("Demo youths created for {} and {}", sentrum.name(), nordbyen.name());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void sentrum(CurrentUser ingrid, CurrentUser kari) {
		var emma = register(ingrid, "Emma Johansen Berg", Birth.of(LocalDate.of(2009, 4, 12)), Gender.GIRL,
				"912 34 567", false, days(95), ConsentGiver.YOUTH, HowGiven.ORAL, ingrid);
		priority(ingrid, emma, PriorityLevel.YELLOW, days(90),
				"Mye fravær fra skolen, henger med eldre ungdommer på stasjonen på kveldstid.");
		concern(ingrid, emma, ConcernCriterion.DRUGS_TRYING, days(90), "Sier selv at hun har prøvd hasj på fest.");
		note(ingrid, emma, EntryType.FOLLOW_UP, days(88), 50, List.of("school", "friends", "cannabis"),
				"Første samtale på kontoret. Emma forteller at hun har vært borte fra skolen nesten hver mandag siden "
						+ "høstferien. Hun sier det er lettere å være med de eldre på stasjonen enn å gå på skolen. "
						+ "Vi avtalte å møtes igjen om en uke, og at jeg kan ringe kontaktlæreren hvis hun vil det.",
				true);
		consent(ingrid, emma, new NewConsent(ConsentScope.SHARING, null, "Kontaktlærer ved Elvedal ungdomsskole",
				ConsentGiver.YOUTH, HowGiven.ORAL, days(88), days(-120), "Gjelder oppmøte og trivsel, ikke rus."));
		note(ingrid, emma, EntryType.PHONE_DIGITAL, days(80), 15, List.of("school"),
				"Ringte kontaktlæreren etter avtale med Emma. Skolen lager en plan for gradvis oppmøte, med start "
						+ "to dager i uka. Emma ble informert på Snapchat samme kveld.",
				true);
		note(ingrid, emma, EntryType.FOLLOW_UP, days(40), 45, List.of("friends", "leisure", "family"),
				"Gåtur i sentrum. Emma har begynt i jentegruppa på skolen og sier hun har fått to nye venninner der. "
						+ "Hun er mindre på stasjonen. Mor er fornøyd, men bekymret for økonomien hjemme.",
				true);
		priority(ingrid, emma, PriorityLevel.GREEN, days(6),
				"Møter på skolen fire dager i uka, nytt nettverk gjennom jentegruppa.");
		note(ingrid, emma, EntryType.NOTE, days(1), null, List.of("school"),
				"Kort prat i friminuttet. Emma vil gjerne ha hjelp til å søke sommerjobb. Følges opp neste uke.",
				false);

		var jonas = register(ingrid, "Jonas Østby", Birth.year(2008), Gender.BOY, null, false, days(210),
				ConsentGiver.YOUTH, HowGiven.WRITTEN, ingrid, kari);
		priority(ingrid, jonas, PriorityLevel.YELLOW, days(200), "Søker seg mot en gruppe eldre gutter i Nordbyen.");
		concern(ingrid, jonas, ConcernCriterion.CRIMINAL_GROUPS, days(150), null);
		concern(ingrid, jonas, ConcernCriterion.DRUGS_USING, days(120),
				"Bekreftet i samtale; bruker cannabis ukentlig.");
		priority(kari, jonas, PriorityLevel.RED, days(9),
				"Anmeldt for ran sammen med to eldre gutter. Tett samarbeid med politiet og barnevernet.");
		var meeting = note(kari, jonas, EntryType.COOPERATION_MEETING, days(7), 90,
				List.of("crime", "cannabis", "family"),
				"Samarbeidsmøte med barnevernet, politikontakten og mor. Jonas var med de første tjue minuttene. "
						+ "Vi ble enige om at utekontakten møter Jonas to ganger i uka, og at politiet tar en "
						+ "bekymringssamtale. Neste møte om fire uker.",
				true);
		consent(kari, jonas, new NewConsent(ConsentScope.CHILD_WELFARE, null, null, ConsentGiver.YOUTH,
				HowGiven.WRITTEN, days(7), null, "Jonas samtykker til å delta i tiltak fra barnevernet."));
		correct(kari, meeting, new EntryContent(EntryType.COOPERATION_MEETING, days(7), 90, List.of("crime", "family"),
				"Rettelse: Det var far, ikke mor, som deltok på samarbeidsmøtet. Resten av notatet stemmer."));
		note(ingrid, jonas, EntryType.FOLLOW_UP, days(3), 60, List.of("cannabis", "leisure"),
				"Spilte biljard på fritidsklubben. Jonas var stille i starten, men fortalte etter hvert at han vil "
						+ "slutte å røyke. Vi snakket om røykesluttkurset for cannabis.",
				true);

		var aisha = register(kari, "Aisha Mahmoud", Birth.of(LocalDate.of(2010, 11, 3)), Gender.GIRL, null, true,
				days(60), ConsentGiver.BOTH, HowGiven.WRITTEN, kari);
		priority(kari, aisha, PriorityLevel.YELLOW, days(60),
				"Sårbar etter flytting, lite nettverk, psykisk uhelse i familien.");
		note(kari, aisha, EntryType.GUARDIANS, days(55), 40, List.of("family", "mental_health"),
				"Samtale med foresatte hjemme, med Aishas samtykke. De ønsker hjelp til å finne fritidsaktiviteter.",
				true);
		consent(kari, aisha, new NewConsent(ConsentScope.GUARDIAN_CONTACT, null, null, ConsentGiver.YOUTH,
				HowGiven.ORAL, days(58), null, null));

		var mikkel = register(ingrid, "Mikkel Aas", Birth.of(LocalDate.of(2007, 1, 22)), Gender.BOY, "934 56 789",
				false, days(400), ConsentGiver.YOUTH, HowGiven.ORAL, ingrid);
		priority(ingrid, mikkel, PriorityLevel.RED, days(390),
				"Voldsepisode i sentrum, løslatt fra institusjon i sommer.");
		var violence = concern(ingrid, mikkel, ConcernCriterion.VIOLENCE, days(390), null);
		priority(ingrid, mikkel, PriorityLevel.YELLOW, days(200), "Ingen nye hendelser, går på arbeidstrening.");
		priority(ingrid, mikkel, PriorityLevel.GREEN, days(20), "Fast jobb på lager, trener to ganger i uka.");
		endConcern(ingrid, mikkel, violence, days(200));
		note(ingrid, mikkel, EntryType.FOLLOW_UP, days(20), 30, List.of("work_money"),
				"Mikkel har fått fast jobb. Vi avtalte at dette er siste faste samtale, men at han kan ta kontakt.",
				true);

		var nora = register(ingrid, "Nora Haugland", Birth.of(LocalDate.of(2012, 6, 9)), Gender.GIRL, null, false,
				days(12), ConsentGiver.BOTH, HowGiven.WRITTEN, ingrid);
		note(ingrid, nora, EntryType.PHONE_DIGITAL, days(10), 20, List.of("online", "friends"),
				"Nora tok kontakt på Discord etter en stygg episode i en gruppechat på skolen. Vi avtalte å møtes "
						+ "sammen med helsesykepleier.",
				true);

		anonymous(ingrid, EntryType.FOLLOW_UP, days(14), 25, List.of("love", "mental_health"));
		anonymous(ingrid, EntryType.PHONE_DIGITAL, days(5), 10, List.of("alcohol"));
		anonymous(kari, EntryType.FOLLOW_UP, days(2), 35, List.of("sexuality"));
	}

	private void nordbyen(CurrentUser jonasH, CurrentUser mona) {
		var sander = register(jonasH, "Sander Lie Karlsen", Birth.year(2009), Gender.BOY, null, false, days(70),
				ConsentGiver.YOUTH, HowGiven.ORAL, jonasH);
		priority(jonasH, sander, PriorityLevel.YELLOW, days(65), "Har droppet ut av fotballen, mye alene på gaming.");
		note(jonasH, sander, EntryType.FOLLOW_UP, days(30), 40, List.of("leisure", "online"),
				"Møttes på gamingkvelden på biblioteket. Sander vil gjerne være med i gaminggruppa fra januar.", true);

		var ida = register(mona, "Ida Marie Solheim", Birth.of(LocalDate.of(2010, 2, 28)), Gender.GIRL, null, false,
				days(45), ConsentGiver.YOUTH, HowGiven.ORAL, mona, jonasH);
		priority(mona, ida, PriorityLevel.RED, days(4), "Selger piller på skolen ifølge flere kilder, rusproblemer.");
		concern(mona, ida, ConcernCriterion.DRUGS_SELLING, days(4), null);
		note(mona, ida, EntryType.FOLLOW_UP, days(3), 60, List.of("drugs", "school"),
				"Lang samtale på kafé. Ida nekter for salg, men sier hun bruker selv. Hun vil snakke med helsestasjon "
						+ "for ungdom, og jeg følger henne dit på torsdag.",
				true);

		var tobias = register(jonasH, "Tobias Nilsen", Birth.year(2008), Gender.BOY, null, false, days(150),
				ConsentGiver.YOUTH, HowGiven.ORAL, jonasH);
		note(jonasH, tobias, EntryType.FOLLOW_UP, days(140), 30, List.of("work_money"),
				"Snakket om jobb og økonomi. Tobias ønsker ikke mer oppfølging nå.", true);
		var registration = as(jonasH, () -> youths.consents(jonasH.requireTeamId(), tobias)).get(0);
		as(jonasH, () -> {
			records.withdrawConsent(jonasH, tobias, registration.id(), days(100));
			return null;
		});
	}

	private UUID register(CurrentUser by, String name, Birth birth, Gender gender, @Nullable String phone,
			boolean restricted, LocalDate consentOn, ConsentGiver giver, HowGiven how, CurrentUser... contacts) {
		var contactIds = new java.util.HashSet<UUID>();
		for (var contact : contacts) {
			contactIds.add(contact.accountId());
		}
		return as(by, () -> records.register(by,
				new YouthDetails(name, birth, gender, phone, null, "Elvedal", Set.copyOf(contactIds), restricted),
				NewConsent.registration(giver, how, consentOn)));
	}

	private void priority(CurrentUser by, UUID youth, PriorityLevel level, LocalDate on, String reason) {
		as(by, () -> {
			records.changePriority(by, youth, level, on, reason);
			return null;
		});
	}

	private UUID concern(CurrentUser by, UUID youth, ConcernCriterion criterion, LocalDate on, @Nullable String note) {
		return as(by, () -> records.noteConcern(by, youth, criterion, on, note));
	}

	private void endConcern(CurrentUser by, UUID youth, UUID concern, LocalDate on) {
		as(by, () -> {
			records.endConcern(by, youth, concern, on);
			return null;
		});
	}

	private void consent(CurrentUser by, UUID youth, NewConsent consent) {
		as(by, () -> records.giveConsent(by, youth, consent));
	}

	private UUID note(CurrentUser by, UUID youth, EntryType type, LocalDate on, @Nullable Integer minutes,
			List<String> themes, String text, boolean sign) {
		return as(by, () -> journal.write(by, youth, new EntryContent(type, on, minutes, themes, text), sign));
	}

	private void correct(CurrentUser by, UUID entry, EntryContent content) {
		as(by, () -> journal.correct(by, entry, content, true));
	}

	private void anonymous(CurrentUser by, EntryType type, LocalDate on, int minutes, List<String> themes) {
		as(by, () -> journal.recordAnonymous(by, type, on, minutes, themes));
	}

	private LocalDate days(int ago) {
		return today.minusDays(ago);
	}

}
