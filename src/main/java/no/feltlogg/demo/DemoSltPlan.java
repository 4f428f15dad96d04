package no.feltlogg.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.sltplan.MeasureStatus;
import no.feltlogg.sltplan.SltPlan;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;

/**
 * The SLT action plan of the demo (issue 18): three SLT areas over the two teams' areas
 * and five measures, so that the coordinator's trends can be narrowed to an area with its
 * measures beside the curves. Only under the {@code demo} profile, and only while the
 * municipality has no SLT areas.
 */
@Component
@Profile("demo")
@Order(60)
class DemoSltPlan implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSltPlan.class);

	private final Teams teams;

	private final SltPlan plan;

	private final String municipalityName;

	private final Clock clock;

	DemoSltPlan(Teams teams, SltPlan plan, @Value("${feltlogg.municipality-name}") String municipalityName,
			Clock clock) {
		this.clock = clock;
		this.teams = teams;
		this.plan = plan;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = DemoPrincipals.team(teams, municipality, DemoData.TEAM_A);
		var nordbyen = DemoPrincipals.team(teams, municipality, DemoData.TEAM_B);
		if (sentrum == null || nordbyen == null) {
			log.info("Demo teams not found; no demo SLT plan");
			return;
		}
		// the plan is the municipality's, not an account's: the coordinator here is only
		// the municipality's SLT role
		var slt = new CurrentUser(UUID.randomUUID(), "demo-slt-plan", "Demo", Role.SLT, municipality, null, null, true,
				false, null);
		var previous = SecurityContextHolder.getContext();
		try {
			var context = SecurityContextHolder.createEmptyContext();
			context
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(slt, null, slt.getAuthorities()));
			SecurityContextHolder.setContext(context);
			if (!plan.areas(slt).isEmpty()) {
				log.info("Demo SLT plan already present");
				return;
			}
			// the teams' areas by name (DemoFieldActivity gives the teams these areas)
			var centre = plan.saveArea(slt, null, "Sentrum", List.of("Sentrum"));
			var river = plan.saveArea(slt, null, "Elvebredden", List.of("Elvebredden"));
			var north = plan.saveArea(slt, null, "Nordbyen", List.of("Nordbyen", "Nordbyen øst"));
			var year = LocalDate.now(clock).getYear();
			measure(slt, "Natteravner fredag og lørdag", "Ungdom 13–18 år i sentrum", "Frivilligsentralen",
					LocalDate.of(year - 1, 1, 1), null, MeasureStatus.ACTIVE, centre);
			measure(slt, "Trygg sommer – patrulje ved stranda", "Ungdom 14–20 år", "Politiets forebyggende enhet",
					LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), MeasureStatus.PLANNED, centre, river);
			measure(slt, "Åpen hall i Nordbyen", "Ungdom 12–16 år", "Kultur og fritid", LocalDate.of(year - 1, 9, 1),
					LocalDate.of(year + 1, 6, 30), MeasureStatus.ACTIVE, north);
			measure(slt, "Foreldrevandring ved skolestart", "Foreldre til elever i 8. trinn", "SLT-koordinator",
					LocalDate.of(year - 1, 8, 15), LocalDate.of(year - 1, 9, 30), MeasureStatus.COMPLETED, north,
					centre);
			measure(slt, "Rusforebyggende undervisning i ungdomsskolen", "Elever på 8.–10. trinn", "Utekontakten",
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), MeasureStatus.ACTIVE, centre, river, north);
			log.info("Demo SLT plan created: 3 SLT areas, 5 measures");
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void measure(CurrentUser slt, String name, String targetGroup, String unit, LocalDate from,
			@Nullable LocalDate until, MeasureStatus status, UUID... areas) {
		plan.saveMeasure(slt, null,
				new SltPlan.MeasureData(name, targetGroup, unit, from, until, status, List.of(areas)));
	}

}
