package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import java.time.Clock;
import java.time.LocalDate;
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

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.referrals.Guidance;
import no.feltlogg.referrals.LegalBasis;
import no.feltlogg.referrals.NewReferral;
import no.feltlogg.referrals.ParentChannel;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.referrals.ReferralStatus;
import no.feltlogg.referrals.Referrals;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Referrals for the demo youths that {@link DemoYouths} registers, in believable
 * Norwegian: the youth health clinic under the youth's consent, a guardian and youth
 * together for the mental-health service, child welfare under the duty to inform (a
 * notification waiting for the leader), NAV with a worker going along, a referral BUP
 * declined, one whose follow-up date has passed; and anonymous guidance and guidance to
 * parents across the year. Made through the same services as the pages, so every referral
 * passes the consent gate and the access log shows it. Runs only under the {@code demo}
 * profile, and only while the first team has no referrals.
 */
@Component
@Profile("demo")
@Order(40)
class DemoReferrals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	private final Teams teams;

	private final Youths youths;

	private final YouthRecords records;

	private final Referrals referrals;

	private final Guidance guidance;

	private final Catalog catalog;

	private final String municipalityName;

	private final LocalDate today;

	DemoReferrals(Teams teams, Youths youths, YouthRecords records, Referrals referrals, Guidance guidance,
			Catalog catalog, @Value("${feltlogg.municipality-name}") String municipalityName, Clock clock) {
		this.today = LocalDate.now(clock);
		this.teams = teams;
		this.youths = youths;
		this.records = records;
		this.referrals = referrals;
		this.guidance = guidance;
		this.catalog = catalog;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = DemoPrincipals.team(teams, municipality, DemoData.TEAM_A);
		var nordbyen = DemoPrincipals.team(teams, municipality, DemoData.TEAM_B);
		if (sentrum == null || nordbyen == null) {
			log.info("Demo teams not found; no demo referrals");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			var ingrid = DemoPrincipals.signIn(teams, municipality, sentrum, Role.WORKER);
			if (as(ingrid, () -> referrals.hasReferrals(ingrid))) {
				log.info("Demo referrals already present");
				return;
			}
			var sentrumYouths = byName(ingrid);
			if (sentrumYouths.isEmpty()) {
				log.info("No demo youths; no demo referrals");
				return;
			}
			sentrum(ingrid, DemoPrincipals.signIn(teams, municipality, sentrum, Role.LEADER), sentrumYouths);
			var jonasH = DemoPrincipals.signIn(teams, municipality, nordbyen, Role.WORKER);
			nordbyen(jonasH, DemoPrincipals.signIn(teams, municipality, nordbyen, Role.LEADER), byName(jonasH));
			log.info("Demo referrals and guidance created for {} and {}", sentrum.name(), nordbyen.name());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void sentrum(CurrentUser ingrid, CurrentUser kari, Map<String, UUID> youth) {
		var emma = youth.get("Emma Johansen Berg");
		if (emma != null) {
			var summerJobs = service(ingrid, ServiceKind.JOB_SCHEME);
			var consent = consent(ingrid, emma, ConsentScope.SHARING, summerJobs, ConsentGiver.YOUTH, HowGiven.ORAL,
					days(20), "Gjelder søknad om sommerjobb.");
			refer(ingrid, emma, summerJobs, ReferralKind.PASSING_ON_CONTACT, days(18),
					"Emma vil gjerne ha sommerjobb og trenger hjelp til å søke.", List.of("work_money"),
					"Navn, telefonnummer og at hun ønsker sommerjobb i kommunen.", LegalBasis.CONSENT, consent, null,
					days(4));
		}

		var jonas = youth.get("Jonas Østby");
		if (jonas != null) {
			var childWelfare = service(kari, ServiceKind.CHILD_WELFARE);
			var consent = as(kari, () -> youths.consents(kari.requireTeamId(), jonas)).stream()
				.filter(c -> c.scope() == ConsentScope.CHILD_WELFARE && c.withdrawnOn() == null)
				.findFirst()
				.map(c -> c.id())
				.orElse(null);
			if (consent != null) {
				var meeting = refer(kari, jonas, childWelfare, ReferralKind.COOPERATION_MEETING, days(7),
						"Samarbeidsmøte om tiltak etter anmeldelsen for ran.", List.of("crime", "family"),
						"Hva utekontakten vet om Jonas' nettverk og rusbruk, slik Jonas selv har fortalt det.",
						LegalBasis.CONSENT, consent, null, days(-21));
				status(kari, meeting, ReferralStatus.SENT, days(7), "Møtet holdt på barnevernskontoret.");
				status(kari, meeting, ReferralStatus.RECEIVED, days(6), "Barnevernet følger opp med hjelpetiltak.");
			}
		}

		var nora = youth.get("Nora Haugland");
		if (nora != null) {
			var childWelfare = service(ingrid, ServiceKind.CHILD_WELFARE);
			var report = refer(ingrid, nora, childWelfare, ReferralKind.FORMAL_REFERRAL, days(8),
					"Bekymringsmelding: vold i hjemmet.", List.of("family", "violence"),
					"Det Nora fortalte i samtalen, med hennes ord, og hva vi selv så.",
					LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, null,
					"Nora (14) fortalte i samtale at stefaren slår henne når han har drukket, og at hun gruer seg til "
							+ "å gå hjem i helgene. Hun viste et blåmerke på overarmen. Dette gir grunn til å tro at "
							+ "hun blir mishandlet i hjemmet.",
					days(-7));
			status(ingrid, report, ReferralStatus.SENT, days(8), "Bekymringsmelding sendt skriftlig.");
			status(ingrid, report, ReferralStatus.RECEIVED, days(6), "Barnevernet bekrefter mottak og undersøker.");
		}

		var aisha = youth.get("Aisha Mahmoud");
		if (aisha != null) {
			var mentalHealth = service(kari, ServiceKind.MENTAL_HEALTH_YOUTH);
			var consent = consent(kari, aisha, ConsentScope.SHARING, mentalHealth, ConsentGiver.BOTH, HowGiven.WRITTEN,
					days(52), "Aisha og moren har skrevet under sammen.");
			var referral = refer(kari, aisha, mentalHealth, ReferralKind.FORMAL_REFERRAL, days(50),
					"Sover lite, trekker seg unna venner etter flyttingen.", List.of("mental_health", "friends"),
					"Navn, alder, skole, og det Aisha og moren har beskrevet om søvn og tristhet.", LegalBasis.CONSENT,
					consent, null, days(-14));
			status(kari, referral, ReferralStatus.SENT, days(49), null);
			status(kari, referral, ReferralStatus.RECEIVED, days(40), "Time til kartleggingssamtale om tre uker.");
		}

		var mikkel = youth.get("Mikkel Aas");
		if (mikkel != null) {
			var nav = service(ingrid, ServiceKind.NAV);
			var consent = consent(ingrid, mikkel, ConsentScope.SHARING, nav, ConsentGiver.YOUTH, HowGiven.WRITTEN,
					days(190), null);
			var visit = refer(ingrid, mikkel, nav, ReferralKind.ACCOMPANIED, days(185),
					"Vil ha arbeidstrening og hjelp til å komme i jobb.", List.of("work_money"),
					"Navn, fødselsdato og at han ønsker arbeidstrening.", LegalBasis.CONSENT, consent, null, days(150));
			status(ingrid, visit, ReferralStatus.SENT, days(185), "Fulgte Mikkel til NAV-kontoret.");
			status(ingrid, visit, ReferralStatus.RECEIVED, days(170), "Fikk plass på arbeidstrening.");
			status(ingrid, visit, ReferralStatus.COMPLETED, days(25), "Har fått fast jobb på lager.");
		}

		anonymous(ingrid, List.of(ServiceKind.YOUTH_HEALTH_CLINIC, ServiceKind.MENTAL_HEALTH_YOUTH, ServiceKind.NAV,
				ServiceKind.GP, ServiceKind.YOUTH_HEALTH_CLINIC, ServiceKind.LEISURE, ServiceKind.FOLLOW_UP_SERVICE),
				List.of(List.of("sexuality"), List.of("anxiety_depression"), List.of("work_money"),
						List.of("mental_health"), List.of("love", "sexuality"), List.of("leisure"), List.of("school")),
				14);
		parents(kari, List.of(ParentChannel.PHONE, ParentChannel.IN_PERSON, ParentChannel.DIGITAL, ParentChannel.PHONE),
				List.of(List.of("cannabis"), List.of("online"), List.of("school"), List.of("alcohol", "friends")), 10);
	}

	private void nordbyen(CurrentUser jonasH, CurrentUser mona, Map<String, UUID> youth) {
		var sander = youth.get("Sander Lie Karlsen");
		if (sander != null) {
			var bup = service(jonasH, ServiceKind.SPECIALIST_HEALTH);
			var consent = consent(jonasH, sander, ConsentScope.SHARING, bup, ConsentGiver.BOTH, HowGiven.WRITTEN,
					days(62), "Sander og faren samtykker sammen.");
			var referral = refer(jonasH, sander, bup, ReferralKind.FORMAL_REFERRAL, days(60),
					"Isolerer seg, sover på dagtid, har sluttet på fotball.", List.of("mental_health", "online"),
					"Navn, alder, og det Sander og faren har fortalt om isolasjon og søvn.", LegalBasis.CONSENT,
					consent, null, days(30));
			status(jonasH, referral, ReferralStatus.SENT, days(58), null);
			status(jonasH, referral, ReferralStatus.DECLINED, days(40),
					"BUP mener behovet kan dekkes av kommunens psykiske helsetjeneste for barn og unge.");
		}

		var ida = youth.get("Ida Marie Solheim");
		if (ida != null) {
			var clinic = service(mona, ServiceKind.YOUTH_HEALTH_CLINIC);
			var consent = consent(mona, ida, ConsentScope.SHARING, clinic, ConsentGiver.YOUTH, HowGiven.ORAL, days(3),
					"Ida vil at vi sier fra om at hun kommer.");
			refer(mona, ida, clinic, ReferralKind.ACCOMPANIED, days(-2),
					"Ida vil snakke med helsesykepleier om rus, og vil ha følge første gang.",
					List.of("drugs", "mental_health"), "At hun kommer, og at hun vil snakke om rus og søvn.",
					LegalBasis.CONSENT, consent, null, days(-9));
		}

		anonymous(jonasH,
				List.of(ServiceKind.YOUTH_HEALTH_CLINIC, ServiceKind.LEISURE, ServiceKind.NAV,
						ServiceKind.MENTAL_HEALTH_YOUTH),
				List.of(List.of("sexuality"), List.of("leisure", "online"), List.of("work_money"),
						List.of("anxiety_depression")),
				8);
		parents(mona, List.of(ParentChannel.IN_PERSON, ParentChannel.PHONE),
				List.of(List.of("online", "leisure"), List.of("drugs")), 6);
	}

	/**
	 * Anonymous guidance spread over the past year, cycling through the services and
	 * themes given.
	 */
	private void anonymous(CurrentUser by, List<ServiceKind> kinds, List<List<String>> themes, int times) {
		for (int i = 0; i < times; i++) {
			var service = service(by, kinds.get(i % kinds.size()));
			var on = days(5 + i * 350 / times);
			var chosen = themes.get(i % themes.size());
			as(by, () -> guidance.recordAnonymous(by, service.id(), chosen, on, null));
		}
	}

	/** Guidance to parents spread over the past year. */
	private void parents(CurrentUser by, List<ParentChannel> channels, List<List<String>> themes, int times) {
		for (int i = 0; i < times; i++) {
			var channel = channels.get(i % channels.size());
			var on = days(9 + i * 340 / times);
			var chosen = themes.get(i % themes.size());
			as(by, () -> guidance.recordForParents(by, channel, chosen, on, null));
		}
	}

	private UUID refer(CurrentUser by, UUID youth, ServiceInfo service, ReferralKind form, LocalDate on, String reason,
			List<String> themes, String shared, LegalBasis basis, @Nullable UUID consent,
			@Nullable String justification, @Nullable LocalDate followUp) {
		return as(by, () -> referrals.refer(by, new NewReferral(youth, service.id(), form, on, reason, themes, shared,
				basis, consent, justification, followUp)));
	}

	private void status(CurrentUser by, UUID referral, ReferralStatus to, LocalDate on, @Nullable String note) {
		as(by, () -> {
			referrals.changeStatus(by, referral, to, on, note);
			return null;
		});
	}

	private UUID consent(CurrentUser by, UUID youth, ConsentScope scope, ServiceInfo service, ConsentGiver givenBy,
			HowGiven how, LocalDate on, @Nullable String note) {
		return as(by, () -> records.giveConsent(by, youth,
				new NewConsent(scope, service.id(), service.name(), givenBy, how, on, null, note)));
	}

	private ServiceInfo service(CurrentUser user, ServiceKind kind) {
		return catalog.activeServices(user.requireTeamId())
			.stream()
			.filter(s -> s.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo service of kind " + kind));
	}

	private Map<String, UUID> byName(CurrentUser user) {
		var names = new java.util.HashMap<String, UUID>();
		for (YouthSummary y : as(user, () -> youths.active(user))) {
			names.put(y.name(), y.id());
		}
		return names;
	}

	private LocalDate days(int ago) {
		return today.minusDays(ago);
	}

}
