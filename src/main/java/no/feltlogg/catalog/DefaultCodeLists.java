package no.feltlogg.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.feltlogg.team.TeamCreated;

/**
 * A new team starts with a sensible Norwegian set of code lists and services, which its
 * leader then adapts. Places and schools are the municipality's own and start empty but
 * for a few common places in the town centre.
 */
@Component
class DefaultCodeLists {

	private final CodeRepository codes;

	private final ServiceRepository services;

	DefaultCodeLists(CodeRepository codes, ServiceRepository services) {
		this.codes = codes;
		this.services = services;
	}

	@EventListener
	void onTeamCreated(TeamCreated event) {
		var team = event.teamId();
		fixed(team, CodeKind.ARENA, "street", "Gate og sentrum", "school", "Skole", "online", "Sosiale medier",
				"gaming", "Gaming", "event", "Arrangement", "office", "Kontor og drop-in", "phone", "Telefon");
		fixed(team, CodeKind.THEME, "alcohol", "Alkohol", "cannabis", "Cannabis", "drugs", "Andre rusmidler",
				"mental_health", "Psykisk helse", "anxiety_depression", "Angst og depresjon", "violence",
				"Vold og trusler", "crime", "Kriminalitet", "school", "Skole og fravær", "family", "Familie", "friends",
				"Venner", "love", "Kjærlighet og kjærlighetssorg", "sexuality", "Seksualitet og grenser", "online",
				"Sosiale medier og nettliv", "leisure", "Fritid", "work_money", "Jobb og økonomi", "housing", "Bolig",
				"radicalisation", "Radikalisering og hatprat");
		fixed(team, CodeKind.GROUP_TYPE, "girls", "Jentegruppe (Sisterhood)", "boys", "Guttegruppe (Brotherhood)",
				"life_skills", "Livsmestringsgruppe", "gaming", "Gaminggruppe", "other", "Annen gruppe");
		ageBand(team, 10, "<12", null, 11);
		ageBand(team, 20, "12-15", 12, 15);
		ageBand(team, 30, "16-18", 16, 18);
		ageBand(team, 40, ">18", 19, null);
		codes.save(new Code(team, CodeKind.TIME_OF_DAY, "day", "Dag (08–16)", 10).hours(8, 16));
		codes.save(new Code(team, CodeKind.TIME_OF_DAY, "evening", "Kveld (16–22)", 20).hours(16, 22));
		codes.save(new Code(team, CodeKind.TIME_OF_DAY, "night", "Natt (22–08)", 30).hours(22, 8));
		var centre = codes.save(new Code(team, CodeKind.AREA, "sentrum", "Sentrum", 10));
		int order = 10;
		for (var place : new String[] { "Jernbanestasjonen", "Busstasjonen", "Torget", "Skateparken", "Kjøpesenteret",
				"Stranda" }) {
			codes.save(new Code(team, CodeKind.PLACE, Catalog.slug(place), place, order).inArea(centre.getId()));
			order += 10;
		}
		service(team, "Barnevernstjenesten", ServiceKind.CHILD_WELFARE, 0, 23);
		service(team, "Psykisk helsetjeneste for barn og unge", ServiceKind.MENTAL_HEALTH_YOUTH, 0, 25);
		service(team, "Helsestasjon for ungdom", ServiceKind.YOUTH_HEALTH_CLINIC, 13, 25);
		service(team, "Skolehelsetjenesten", ServiceKind.SCHOOL_HEALTH, 6, 20);
		service(team, "NAV ungdom", ServiceKind.NAV, 16, 29);
		service(team, "Oppfølgingstjenesten (OT)", ServiceKind.FOLLOW_UP_SERVICE, 15, 21);
		service(team, "Politiets forebyggende enhet", ServiceKind.POLICE, null, null);
		service(team, "Konfliktrådet", ServiceKind.MEDIATION, null, null);
		service(team, "Fastlege", ServiceKind.GP, null, null);
		service(team, "BUP", ServiceKind.SPECIALIST_HEALTH, 0, 18);
		service(team, "Fritidskortet", ServiceKind.LEISURE, 6, 18);
		service(team, "Sommerjobb for ungdom", ServiceKind.JOB_SCHEME, 15, 18);
		service(team, "Natteravnene", ServiceKind.VOLUNTEERS, null, null);
		// in the database before anyone reads the lists (Catalog reads them as rows)
		codes.flush();
	}

	private void fixed(UUID team, CodeKind kind, String... codesAndLabels) {
		for (int i = 0; i < codesAndLabels.length; i += 2) {
			var code = new Code(team, kind, codesAndLabels[i], codesAndLabels[i + 1], (i / 2 + 1) * 10);
			// the arenas counted as the online channel until they became data (ADR 0038)
			codes.save(code.online(kind == CodeKind.ARENA
					&& ("online".equals(codesAndLabels[i]) || "gaming".equals(codesAndLabels[i]))));
		}
	}

	private void ageBand(UUID team, int order, String label, @Nullable Integer min, @Nullable Integer max) {
		codes.save(new Code(team, CodeKind.AGE_BAND, label, label, order).ages(min, max));
	}

	private void service(UUID team, String name, ServiceKind kind, @Nullable Integer minAge, @Nullable Integer maxAge) {
		var service = new ServiceEntry(team, name, kind);
		service.describe(name, kind, null, null, null, null, minAge, maxAge);
		services.save(service);
	}

}
