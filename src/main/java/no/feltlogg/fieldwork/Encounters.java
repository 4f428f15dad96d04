package no.feltlogg.fieldwork;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.shared.AfterCommit;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.youth.Youths;

/**
 * Logging, changing and deleting encounters. Every change is recorded with who and when;
 * a worker changes her own encounters for seven days, a leader any time.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
class Encounters {

	static final String SUBJECT_MET = "fieldwork.encounter";

	static final String SUBJECT_REMOVED = "fieldwork.encounterRemoved";

	private final EncounterRepository encounters;

	private final EncounterChangeRepository changes;

	private final Clock clock;

	private final Youths youths;

	private final Counter logged;

	Encounters(EncounterRepository encounters, EncounterChangeRepository changes, Clock clock, Youths youths,
			MeterRegistry meters) {
		this.encounters = encounters;
		this.changes = changes;
		this.clock = clock;
		this.youths = youths;
		this.logged = Counter.builder("feltlogg.encounters.logged")
			.description("Encounters logged and stored")
			.register(meters);
	}

	/**
	 * Naming a registered youth in an encounter, or taking her out of one, is a change to
	 * her record: through the youth module's gate, which writes the access-log row.
	 */
	private void logYouths(CurrentUser user, Encounter encounter, java.util.Collection<MetYouth> met, String subject) {
		for (var youth : met) {
			youths.open(user, youth.youthId(), Access.CHANGE, subject, when(encounter));
		}
	}

	private static String when(Encounter encounter) {
		return no.feltlogg.shared.DateFormats.DATE_TIME
			.format(no.feltlogg.shared.Oslo.local(encounter.getOccurredAt()));
	}

	public UUID log(CurrentUser worker, EncounterDetails details) {
		var now = clock.instant();
		var encounter = encounters.save(new Encounter(worker.requireTeamId(), worker.accountId(), now, details));
		changes.save(new EncounterChange(encounter, EncounterChange.Action.CREATED, worker.accountId(), now,
				summary(details)));
		logYouths(worker, encounter, details.youths(), SUBJECT_MET);
		AfterCommit.run(logged::increment);
		return encounter.getId();
	}

	@Transactional(readOnly = true)
	public Encounter get(CurrentUser user, UUID id) {
		return encounters.findByIdAndTeamId(id, user.requireTeamId())
			.orElseThrow(() -> new NotFoundException("Encounter"));
	}

	/**
	 * The encounter for its page: reading which registered youths were met is a read of
	 * their records, through the youth module's gate (logged; a record closed to the user
	 * is refused there).
	 */
	public Encounter open(CurrentUser user, UUID id) {
		var encounter = get(user, id);
		for (var youth : encounter.details().youths()) {
			youths.open(user, youth.youthId(), Access.READ, SUBJECT_MET, when(encounter));
		}
		return encounter;
	}

	@Transactional(readOnly = true)
	public boolean mayChange(CurrentUser user, Encounter encounter) {
		return encounter.mayBeChangedBy(user.accountId(), user.isLeader(), clock.instant());
	}

	public void change(CurrentUser user, UUID id, long version, EncounterDetails details) {
		var encounter = changeable(user, id);
		if (encounter.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Encounter.class, id);
		}
		var now = clock.instant();
		var before = new java.util.HashSet<>(encounter.details().youths());
		encounter.change(user.accountId(), now, details);
		var after = new java.util.HashSet<>(details.youths());
		logYouths(user, encounter, after, SUBJECT_MET);
		before.removeAll(after);
		logYouths(user, encounter, before, SUBJECT_REMOVED);
		changes.save(new EncounterChange(encounter, EncounterChange.Action.UPDATED, user.accountId(), now,
				summary(details)));
	}

	public void delete(CurrentUser user, UUID id) {
		var encounter = changeable(user, id);
		changes.save(new EncounterChange(encounter, EncounterChange.Action.DELETED, user.accountId(), clock.instant(),
				summary(encounter.details())));
		logYouths(user, encounter, encounter.details().youths(), SUBJECT_REMOVED);
		encounters.delete(encounter);
	}

	@Transactional(readOnly = true)
	public List<EncounterChange> history(CurrentUser user, UUID id) {
		return changes.findByEncounterIdAndTeamIdOrderByChangedAt(id, user.requireTeamId());
	}

	private Encounter changeable(CurrentUser user, UUID id) {
		var encounter = get(user, id);
		if (!mayChange(user, encounter)) {
			throw new AccessDeniedException("Only the author within seven days, or a leader, may change an encounter");
		}
		return encounter;
	}

	/** A short, non-identifying account of what was stored, for the change history. */
	static String summary(EncounterDetails details) {
		var cells = details.counts()
			.stream()
			.sorted(java.util.Comparator.comparing(TallyCell::ageBand).thenComparing(TallyCell::gender))
			.map(c -> c.gender().code() + " " + c.ageBand() + ": " + c.count())
			.collect(Collectors.joining(", "));
		return details.arenaCode() + "; " + cells
				+ (details.youths().isEmpty() ? "" : "; registered: " + details.youths().size())
				+ (details.themes().isEmpty() ? "" : "; themes: " + String.join(",", details.themes()));
	}

}
