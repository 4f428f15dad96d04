package no.feltlogg.fieldwork;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.Gender;

/**
 * Shifts, encounters and field observations from before the team used Feltlogg, recorded
 * by the system rather than typed by a worker: the demo profile's history, and teams that
 * bring their earlier records. Encounters from another system come in through the CSV
 * import; {@link #recordEncounters} is for encounters as if workers had logged them.
 */
@Service
@Transactional
public class PastActivity {

	private final ShiftRepository shifts;

	private final FieldObservationRepository observations;

	private final EncounterImport encounterImport;

	private final EncounterRepository encounters;

	private final EncounterChangeRepository changes;

	private final java.time.Clock clock;

	PastActivity(ShiftRepository shifts, FieldObservationRepository observations, EncounterImport encounterImport,
			EncounterRepository encounters, EncounterChangeRepository changes, java.time.Clock clock) {
		this.shifts = shifts;
		this.observations = observations;
		this.encounterImport = encounterImport;
		this.encounters = encounters;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * Encounters in the import's CSV format (see {@code docs/import.md}), recorded for a
	 * team as imported by an account; returns how many were stored.
	 * @throws IllegalArgumentException if a line is bad (then nothing is stored)
	 */
	public int importEncounters(UUID teamId, UUID importedBy, java.io.InputStream csv) {
		var outcome = encounterImport.runFor(teamId, importedBy, csv, false);
		if (outcome.errorCount() > 0) {
			throw new IllegalArgumentException("Bad lines in past encounters: " + outcome.errors());
		}
		return outcome.imported();
	}

	/** So many youths of a gender in an age band (a code of the team's age bands). */
	public record PastCount(Gender gender, String ageBand, int count) {
	}

	/**
	 * An anonymous encounter as a worker logged it, a few minutes after it happened.
	 * {@code platform} is SNAPCHAT, INSTAGRAM, TIKTOK, DISCORD or OTHER for an online
	 * encounter.
	 */
	public record PastEncounter(UUID teamId, UUID loggedBy, Instant at, String arenaCode, @Nullable UUID areaId,
			@Nullable UUID placeId, @Nullable String platform, List<String> themes, List<PastCount> counts,
			@Nullable UUID schoolId) {

		/** An encounter that names no school. */
		public PastEncounter(UUID teamId, UUID loggedBy, Instant at, String arenaCode, @Nullable UUID areaId,
				@Nullable UUID placeId, @Nullable String platform, List<String> themes, List<PastCount> counts) {
			this(teamId, loggedBy, at, arenaCode, areaId, placeId, platform, themes, counts, null);
		}

		/** The same encounter at one of the team's schools (the school arena). */
		public PastEncounter atSchool(UUID school) {
			return new PastEncounter(teamId, loggedBy, at, arenaCode, areaId, placeId, platform, themes, counts,
					school);
		}

	}

	/**
	 * Stores the encounters, each with its CREATED row in the encounter's history, like a
	 * worker's.
	 */
	public void recordEncounters(List<PastEncounter> past) {
		for (var p : past) {
			var details = new EncounterDetails(null, p.at(), p.arenaCode(), p.areaId(), p.placeId(),
					p.platform() == null ? null : Platform.valueOf(p.platform()), p.themes(), null,
					p.counts().stream().map(c -> new TallyCell(c.gender(), c.ageBand(), c.count())).toList(), List.of(),
					p.schoolId());
			var loggedAt = p.at().plus(Duration.ofMinutes(5));
			var encounter = encounters.save(new Encounter(p.teamId(), p.loggedBy(), loggedAt, details));
			changes.save(new EncounterChange(encounter, EncounterChange.Action.CREATED, p.loggedBy(), loggedAt,
					Encounters.summary(details)));
		}
	}

	/** A shift already ended; the first worker is the one who logged it. */
	public record PastShift(UUID teamId, List<UUID> workers, Instant start, Duration length, String arenaCode,
			Set<UUID> areas, int directMinutes) {
	}

	/**
	 * What was seen; {@code kinds} are GATHERING, ALCOHOL, CANNABIS, OTHER_DRUGS,
	 * DRUG_SALE, VIOLENCE, THREATS, WEAPONS, GROUP_CONFLICT, VANDALISM, OTHER.
	 */
	public record PastObservation(UUID teamId, UUID loggedBy, Instant at, UUID areaId, @Nullable UUID placeId,
			List<String> kinds, @Nullable Integer gatheringSize, String severity, @Nullable String note) {
	}

	public void recordShifts(List<PastShift> past) {
		shifts.saveAll(past.stream().map(p -> {
			var shift = new Shift(p.teamId(), p.workers().getFirst(), p.start(), p.arenaCode(), p.areas(),
					clock.instant());
			shift.describe(p.start(), p.start().plus(p.length()), p.arenaCode(), Set.copyOf(p.workers()), p.areas(),
					p.directMinutes(), null);
			return shift;
		}).toList());
	}

	public void recordObservations(List<PastObservation> past) {
		observations.saveAll(past.stream()
			.map(p -> new FieldObservation(p.teamId(), p.loggedBy(), p.at(), p.areaId(), p.placeId(),
					p.kinds().stream().map(FieldObservation.Kind::valueOf).toList(), p.gatheringSize(),
					FieldObservation.Severity.valueOf(p.severity()), p.note(), clock.instant()))
			.toList());
	}

}
