package no.feltlogg.youth;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;

/**
 * Names of the team's staff by account id, for "by whom" columns; staff no longer active
 * have no name here.
 */
@Component
class StaffNames {

	private final Teams teams;

	StaffNames(Teams teams) {
		this.teams = teams;
	}

	Map<UUID, String> of(UUID teamId) {
		var names = new HashMap<UUID, String>();
		for (StaffMember member : teams.activeStaff(teamId)) {
			names.put(member.accountId(), member.displayName());
		}
		return names;
	}

}
