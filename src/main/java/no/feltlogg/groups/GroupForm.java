package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/**
 * A group as typed. Every field is text, checked and parsed by the controller, so that whatever arrives is shown back
 * with an error at its field instead of failing the binding.
 */
record GroupForm(@NotBlank @Size(max = 120) String name, @NotBlank String typeCode, @Nullable String schoolId,
		@Nullable String arenaCode, @Nullable String serviceId, @NotBlank String startsOn, @Nullable String endsOn,
		@NotBlank String plannedSessions, @Nullable List<String> recruitment, @Nullable String allowsAnonymous,
		@NotBlank String status, @Nullable List<String> staff, @Nullable String version) {

	static GroupForm empty(UUID accountId, LocalDate today) {
		return new GroupForm("", "girls", "", "", "", FormDates.format(today), "", "10", List.of(), "false",
				GroupStatus.PLANNED.name(), List.of(accountId.toString()), null);
	}

	static GroupForm of(ActivityGroup group) {
		return new GroupForm(group.getName(), group.getTypeCode(), text(group.getSchoolId()),
				group.getArenaCode() == null ? "" : group.getArenaCode(), text(group.getServiceId()),
				FormDates.format(group.getStartsOn()), FormDates.format(group.getEndsOn()),
				String.valueOf(group.getPlannedSessions()),
				group.getRecruitment().stream().map(Enum::name).toList(), String.valueOf(group.isAllowsAnonymous()),
				group.getStatus().name(), group.getStaff().stream().map(UUID::toString).toList(),
				String.valueOf(group.getVersion()));
	}

	public boolean anonymousAllowed() {
		return "true".equals(allowsAnonymous);
	}

	private static String text(@Nullable UUID id) {
		return id == null ? "" : id.toString();
	}

}
