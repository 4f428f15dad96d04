package no.feltlogg.youth;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;

/**
 * What the youth's details may name of the team: its schools and its staff as contact
 * workers. Offered to the registration and edit forms, and checked when they come back.
 */
@Component
class TeamChoices {

	private final Teams teams;

	private final Catalog catalog;

	TeamChoices(Teams teams, Catalog catalog) {
		this.teams = teams;
		this.catalog = catalog;
	}

	/** The team's staff and active schools, for the details form. */
	void offer(CurrentUser user, Model model) {
		model.addAttribute("staffMembers", teams.activeStaff(user.requireTeamId()));
		model.addAttribute("schools", catalog.active(user.requireTeamId(), CodeKind.SCHOOL));
	}

	/** A school must be one of the team's own. */
	void checkSchool(CurrentUser user, @Nullable UUID schoolId, BindingResult result) {
		if (schoolId != null
				&& catalog.find(user.requireTeamId(), schoolId).filter(s -> s.kind() == CodeKind.SCHOOL).isEmpty()) {
			FormErrors.reject(result, "schoolId", "youth.school.unknown");
		}
	}

	/**
	 * The contact workers chosen, limited to the team's staff; the registering worker
	 * when none is chosen.
	 */
	Set<UUID> contacts(CurrentUser user, @Nullable Set<UUID> chosen) {
		var staff = teams.activeStaff(user.requireTeamId())
			.stream()
			.map(StaffMember::accountId)
			.collect(Collectors.toSet());
		var contacts = chosen == null ? Set.<UUID>of() : chosen;
		var valid = contacts.stream().filter(staff::contains).collect(Collectors.toSet());
		return valid.isEmpty() ? Set.of(user.accountId()) : valid;
	}

}
