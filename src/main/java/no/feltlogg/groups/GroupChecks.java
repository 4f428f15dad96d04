package no.feltlogg.groups;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.Texts;
import no.feltlogg.shared.FormErrors;

/**
 * Turns a group form into checked details, reporting each problem at its field: codes of
 * the team's lists, the end not before the start, 1 to 200 planned sessions. Staff not of
 * the team are left out; a group without staff gets its author. Pure: what the team's
 * lists hold is given as {@link Choices}.
 */
final class GroupChecks {

	private GroupChecks() {
	}

	/**
	 * What the team's lists offer, retired entries included (an old group keeps its
	 * values).
	 */
	record Choices(Set<String> types, Set<UUID> schools, Set<String> arenas, Set<UUID> services, Set<UUID> staff) {
	}

	static @Nullable GroupDetails check(GroupForm form, Choices choices, UUID author, BindingResult result) {
		if (form.typeCode() != null && !form.typeCode().isBlank() && !choices.types().contains(form.typeCode())) {
			FormErrors.reject(result, "typeCode", "groups.form.unknownCode");
		}
		if (form.schoolId() != null && !choices.schools().contains(form.schoolId())) {
			FormErrors.reject(result, "schoolId", "groups.form.unknownCode");
		}
		var arena = Texts.blankToNull(form.arenaCode());
		if (arena != null && !choices.arenas().contains(arena)) {
			FormErrors.reject(result, "arenaCode", "groups.form.unknownCode");
		}
		if (form.serviceId() != null && !choices.services().contains(form.serviceId())) {
			FormErrors.reject(result, "serviceId", "groups.form.unknownCode");
		}
		var startsOn = form.startsOn();
		var endsOn = form.endsOn();
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			FormErrors.reject(result, "endsOn", "groups.endsOn.beforeStart");
		}
		var planned = form.plannedSessions();
		if (!result.hasFieldErrors("plannedSessions") && (planned == null || planned < 1 || planned > 200)) {
			FormErrors.reject(result, "plannedSessions", "groups.plannedSessions.invalid");
		}
		if (result.hasErrors() || startsOn == null || planned == null || form.status() == null) {
			return null;
		}
		var recruitment = EnumSet.noneOf(Recruitment.class);
		if (form.recruitment() != null) {
			recruitment.addAll(form.recruitment());
		}
		var staff = new HashSet<UUID>();
		if (form.staff() != null) {
			form.staff().stream().filter(choices.staff()::contains).forEach(staff::add);
		}
		return new GroupDetails(form.name(), form.typeCode(), form.schoolId(), arena, form.serviceId(), startsOn,
				endsOn, planned, recruitment, form.allowsAnonymous(), form.status(),
				staff.isEmpty() ? Set.of(author) : staff);
	}

}
