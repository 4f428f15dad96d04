package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.TallyGrid;
import no.feltlogg.youth.NeedToKnowRequired;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Turns an encounter form into checked details, reporting each problem at its field:
 * codes of the team's lists, place within area, platform for online encounters, at least
 * one youth, no negative counts, and no text that could identify anyone.
 */
@Component
class EncounterChecks {

	/**
	 * Genders shown as counters: boys, girls, and a third column for other or unknown.
	 */
	static final List<Gender> COUNTED_GENDERS = List.of(Gender.BOY, Gender.GIRL, Gender.UNKNOWN);

	/** The arena at which an encounter may name one of the team's schools (ADR 0036). */
	static final String SCHOOL_ARENA = "school";

	private final Catalog catalog;

	private final Youths youths;

	private final Clock clock;

	EncounterChecks(Catalog catalog, Youths youths, Clock clock) {
		this.catalog = catalog;
		this.youths = youths;
		this.clock = clock;
	}

	Optional<EncounterDetails> check(CurrentUser user, EncounterForm form, @Nullable UUID shiftId,
			BindingResult result) {
		var team = user.requireTeamId();
		if (result.hasErrors()) {
			return Optional.empty();
		}
		var occurredAt = Oslo.instant(form.date().atTime(form.time()));
		if (occurredAt.isAfter(clock.instant().plus(Duration.ofMinutes(10)))) {
			FormErrors.reject(result, "time", "fieldwork.encounter.future");
		}
		if (catalog.byCode(team, CodeKind.ARENA, form.arena()).isEmpty()) {
			FormErrors.reject(result, "arena", "fieldwork.encounter.unknownCode");
		}
		if ("online".equals(form.arena()) && form.platform() == null) {
			FormErrors.reject(result, "platform", "fieldwork.encounter.platformRequired");
		}
		UUID areaId = form.areaId();
		if (areaId != null && catalog.find(team, areaId).filter(a -> a.kind() == CodeKind.AREA).isEmpty()) {
			FormErrors.reject(result, "areaId", "fieldwork.encounter.unknownCode");
		}
		if (form.placeId() != null) {
			var place = catalog.find(team, form.placeId()).filter(p -> p.kind() == CodeKind.PLACE);
			if (place.isEmpty()) {
				FormErrors.reject(result, "placeId", "fieldwork.encounter.unknownCode");
			}
			else if (areaId == null) {
				areaId = place.get().areaId();
			}
			else if (!areaId.equals(place.get().areaId())) {
				FormErrors.reject(result, "placeId", "fieldwork.encounter.placeNotInArea");
			}
		}
		if (form.schoolId() != null
				&& catalog.find(team, form.schoolId()).filter(s -> s.kind() == CodeKind.SCHOOL).isEmpty()) {
			FormErrors.reject(result, "schoolId", "fieldwork.encounter.unknownCode");
		}
		var themes = form.themes() == null ? List.<String>of() : form.themes().stream().distinct().toList();
		Set<String> knownThemes = catalog.labels(team, CodeKind.THEME).keySet();
		if (!knownThemes.containsAll(themes)) {
			FormErrors.reject(result, "themes", "fieldwork.encounter.unknownCode");
		}
		IdentifyingText.problem(form.note()).ifPresent(key -> FormErrors.reject(result, "note", key));
		var cells = cells(team, form, result);
		var met = met(user, form, occurredAt, result);
		if (!result.hasFieldErrors("counts") && !result.hasFieldErrors("youthIds")
				&& cells.stream().mapToInt(TallyCell::count).sum() + met.size() == 0) {
			FormErrors.reject(result, "counts", "fieldwork.encounter.empty");
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new EncounterDetails(shiftId, occurredAt, form.arena(), areaId, form.placeId(),
				"online".equals(form.arena()) || "gaming".equals(form.arena()) ? form.platform() : null, themes,
				form.note(), cells, met, SCHOOL_ARENA.equals(form.arena()) ? form.schoolId() : null));
	}

	/**
	 * Registered youths named in the encounter: only the team's youths whose record is
	 * open for entries (active, with consent to registration), with the gender and age
	 * band they had on the day.
	 */
	private List<MetYouth> met(CurrentUser user, EncounterForm form, java.time.Instant occurredAt,
			BindingResult result) {
		var met = new ArrayList<MetYouth>();
		if (form.youthIds() == null) {
			return met;
		}
		var team = user.requireTeamId();
		var day = Oslo.date(occurredAt);
		for (var id : form.youthIds().stream().distinct().toList()) {
			YouthSummary youth;
			try {
				youth = youths.summary(user, id);
			}
			catch (NeedToKnowRequired restricted) {
				FormErrors.reject(result, "youthIds", "fieldwork.encounter.youthRestricted");
				return List.of();
			}
			catch (no.feltlogg.shared.NotFoundException unknown) {
				FormErrors.reject(result, "youthIds", "fieldwork.encounter.unknownCode");
				return List.of();
			}
			if (!youths.isOpenForEntries(team, id)) {
				FormErrors.reject(result, "youthIds", "fieldwork.encounter.youthClosed");
				return List.of();
			}
			var band = catalog.ageBandFor(team, youth.ageOn(day)).map(CodeItem::code).orElse("?");
			met.add(new MetYouth(id, youth.gender(), band));
		}
		return met;
	}

	private List<TallyCell> cells(UUID team, EncounterForm form, BindingResult result) {
		Set<String> bands = catalog.all(team, CodeKind.AGE_BAND)
			.stream()
			.map(CodeItem::code)
			.collect(Collectors.toSet());
		var grid = TallyGrid.read(form.counts(), bands);
		if (grid.problem() != null) {
			FormErrors.reject(result, "counts", switch (grid.problem()) {
				case NOT_A_NUMBER -> "fieldwork.encounter.notANumber";
				case NEGATIVE -> "fieldwork.encounter.negative";
				case TOO_MANY -> "fieldwork.encounter.tooMany";
				case UNKNOWN_CODE -> "fieldwork.encounter.unknownCode";
			});
		}
		return grid.cells().stream().map(c -> new TallyCell(c.gender(), c.ageBand(), c.count())).toList();
	}

}
