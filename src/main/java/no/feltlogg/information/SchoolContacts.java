package no.feltlogg.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.Teams;

/**
 * The team's school contacts (skolekontakter): which workers are the team's contact for
 * which schools, and when the team was last at each school (information work there, a
 * held session of a group at the school, or an encounter at the school arena that names
 * the school). The leader names the contacts.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
public class SchoolContacts {

	/** What the team last did at a school. */
	public enum Visit {

		INFORMATION, GROUP, ENCOUNTER

	}

	/** A line of the school list. */
	public record SchoolRow(CodeItem school, List<String> contacts, @Nullable LocalDate lastThere,
			@Nullable Visit lastVisit) {
	}

	private final Catalog catalog;

	private final Teams teams;

	private final InformationCounts counts;

	private final GroupCounts groups;

	private final FieldworkCounts encounters;

	private final JdbcClient jdbc;

	private final Clock clock;

	SchoolContacts(Catalog catalog, Teams teams, InformationCounts counts, GroupCounts groups,
			FieldworkCounts encounters, JdbcClient jdbc, Clock clock) {
		this.catalog = catalog;
		this.teams = teams;
		this.counts = counts;
		this.groups = groups;
		this.encounters = encounters;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The team's active schools, by level and name, each with its contacts and the last
	 * time the team was there.
	 */
	@Transactional(readOnly = true)
	public List<SchoolRow> schools(CurrentUser user) {
		var team = user.requireTeamId();
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		var names = teams.staffNames(team);
		var contacts = contactIds(team);
		var information = counts.lastEventBySchool(team, today);
		var group = groups.lastHeldSessionBySchool(team, today);
		var encounter = encounters.lastEncounterBySchool(team, today);
		var rows = new ArrayList<SchoolRow>();
		catalog.active(team, CodeKind.SCHOOL)
			.stream()
			.sorted(java.util.Comparator
				.comparing((CodeItem s) -> s.schoolLevel() == null ? 0 : s.schoolLevel().ordinal())
				.thenComparing(CodeItem::label))
			.forEach(school -> {
				LocalDate last = null;
				Visit visit = null;
				// the latest day; on the same day information work, then a group, then an
				// encounter names the visit
				for (var kind : Visit.values()) {
					var day = switch (kind) {
						case INFORMATION -> information.get(school.id());
						case GROUP -> group.get(school.id());
						case ENCOUNTER -> encounter.get(school.id());
					};
					if (day != null && (last == null || day.isAfter(last))) {
						last = day;
						visit = kind;
					}
				}
				rows.add(new SchoolRow(school,
						contacts.getOrDefault(school.id(), List.of())
							.stream()
							.map(id -> names.getOrDefault(id, "?"))
							.sorted()
							.toList(),
						last, visit));
			});
		return rows;
	}

	/** The school of the team's list, or not found. */
	@Transactional(readOnly = true)
	public CodeItem school(CurrentUser user, UUID schoolId) {
		return catalog.find(user.requireTeamId(), schoolId)
			.filter(s -> s.kind() == CodeKind.SCHOOL)
			.orElseThrow(() -> new NotFoundException("School"));
	}

	/** The accounts that are the team's contacts for a school. */
	@Transactional(readOnly = true)
	public List<UUID> contacts(CurrentUser user, UUID schoolId) {
		school(user, schoolId);
		return contactIds(user.requireTeamId()).getOrDefault(schoolId, List.of());
	}

	/** Makes exactly these members of the team's staff the school's contacts. */
	@PreAuthorize("hasRole('LEADER')")
	public void assign(CurrentUser leader, UUID schoolId, Collection<UUID> accountIds) {
		var team = leader.requireTeamId();
		school(leader, schoolId);
		var staff = teams.staffNames(team).keySet();
		if (!staff.containsAll(accountIds)) {
			throw new IllegalArgumentException("A school's contact is on the team's staff");
		}
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		var wanted = new LinkedHashSet<>(accountIds);
		jdbc.sql("delete from school_contact where team_id = ? and school_id = ? and account_id <> all(?)")
			.params(team, schoolId, wanted.toArray(UUID[]::new))
			.update();
		for (var account : wanted) {
			jdbc.sql("""
					insert into school_contact (school_id, account_id, team_id, since) values (?, ?, ?, ?)
					on conflict (school_id, account_id) do nothing""").params(schoolId, account, team, today).update();
		}
	}

	private Map<UUID, List<UUID>> contactIds(UUID team) {
		var contacts = new HashMap<UUID, List<UUID>>();
		jdbc.sql("select school_id, account_id from school_contact where team_id = ? order by since")
			.params(team)
			.query((rs, i) -> contacts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return contacts;
	}

}
