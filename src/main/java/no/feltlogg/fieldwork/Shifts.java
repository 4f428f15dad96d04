package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/** Starting, ending and describing shifts. A night shift is one shift across midnight. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
class Shifts {

	private final ShiftRepository shifts;

	private final Clock clock;

	Shifts(ShiftRepository shifts, Clock clock) {
		this.shifts = shifts;
		this.clock = clock;
	}

	/**
	 * One tap on the home page: a shift starting now, in the areas of the worker's last
	 * shift.
	 */
	public UUID start(CurrentUser worker) {
		var open = open(worker);
		if (open.isPresent()) {
			return open.get().getId();
		}
		var previous = shifts.findRecent(worker.requireTeamId(), worker.accountId()).stream().findFirst();
		var arena = previous.map(Shift::getArenaCode).orElse("street");
		Set<UUID> areas = previous.map(Shift::getAreas).orElse(Set.of());
		var now = clock.instant();
		return shifts.save(new Shift(worker.requireTeamId(), worker.accountId(), now, arena, areas, now)).getId();
	}

	@Transactional(readOnly = true)
	public Optional<Shift> open(CurrentUser worker) {
		if (worker.teamId() == null) {
			return Optional.empty();
		}
		return shifts.findOpen(worker.requireTeamId(), worker.accountId()).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Shift get(CurrentUser user, UUID id) {
		return shifts.findByIdAndTeamId(id, user.requireTeamId()).orElseThrow(() -> new NotFoundException("Shift"));
	}

	@Transactional(readOnly = true)
	public List<Shift> mine(CurrentUser worker) {
		return shifts.findRecent(worker.requireTeamId(), worker.accountId());
	}

	/**
	 * Ends a shift from a form opened at {@code version} of it; a shift changed since is
	 * not touched (409).
	 */
	public void end(CurrentUser user, UUID id, long version, Instant endedAt, @Nullable Integer directMinutes) {
		var shift = get(user, id);
		if (shift.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Shift.class, id);
		}
		shift.end(endedAt, directMinutes);
	}

	public void describe(CurrentUser user, UUID id, long version, Instant startedAt, @Nullable Instant endedAt,
			String arenaCode, Set<UUID> workers, Set<UUID> areas, @Nullable Integer directMinutes,
			@Nullable String notes) {
		var shift = get(user, id);
		if (shift.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Shift.class, id);
		}
		shift.describe(startedAt, endedAt, arenaCode, workers, areas, directMinutes, notes);
	}

}
