package no.feltlogg.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The information module's public service: log, read, change and list the team's
 * information work. Always within the signed-in user's team; an event of another team is
 * not found.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
public class InformationWork {

	/** A line of the list. */
	public record Row(UUID id, LocalDate date, InformationKind kind, @Nullable UUID schoolId, @Nullable String place,
			boolean ledByTeam, long reached, List<String> themes) {
	}

	private final InformationEventRepository events;

	private final InformationChecks checks;

	private final JdbcClient jdbc;

	private final Clock clock;

	InformationWork(InformationEventRepository events, InformationChecks checks, JdbcClient jdbc, Clock clock) {
		this.events = events;
		this.checks = checks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID log(CurrentUser user, InformationDetails details) {
		var team = user.requireTeamId();
		check(team, details);
		return events.save(new InformationEvent(team, user.accountId(), clock.instant(), details)).getId();
	}

	@Transactional(readOnly = true)
	public InformationDetails details(CurrentUser user, UUID id) {
		return event(user, id).details();
	}

	@Transactional(readOnly = true)
	public Long version(CurrentUser user, UUID id) {
		return event(user, id).getVersion();
	}

	public void change(CurrentUser user, UUID id, @Nullable Long version, InformationDetails details) {
		var event = event(user, id);
		if (version != null && !version.equals(event.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(InformationEvent.class, id);
		}
		check(user.requireTeamId(), details);
		event.describe(details);
	}

	/** The team's events on days from {@code from} to {@code to}, the latest first. */
	@Transactional(readOnly = true)
	public List<Row> list(CurrentUser user, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, local_date, kind, school_id, place, led_by_team, pupils + parents + staff + others, themes
				  from information_event
				 where team_id = ? and local_date between ? and ?
				 order by local_date desc, created_at desc""")
			.params(user.requireTeamId(), from, to)
			.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					InformationKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
					rs.getBoolean(6), rs.getLong(7), List.of((String[]) rs.getArray(8).getArray())))
			.list();
	}

	private InformationEvent event(CurrentUser user, UUID id) {
		return events.findByIdAndTeamId(id, user.requireTeamId())
			.orElseThrow(() -> new NotFoundException("Information event"));
	}

	private void check(UUID team, InformationDetails details) {
		var problems = checks.problems(team, details);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Information event not valid: " + problems);
		}
	}

}
