package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A group as typed. Dates, ids and choices are bound by type (ADR 0041); what cannot be
 * read is an error at its field. The number of planned sessions is checked by
 * {@link GroupChecks}, so that an empty field says the same as a wrong one.
 */
record GroupForm(@NotBlank @Size(max = 120) String name, @NotBlank String typeCode, @Nullable UUID schoolId,
		@Nullable String arenaCode, @Nullable UUID serviceId, @NotNull @FormYear LocalDate startsOn,
		@Nullable @FormYear LocalDate endsOn, @Nullable Integer plannedSessions,
		@Nullable List<Recruitment> recruitment, boolean allowsAnonymous, @NotNull GroupStatus status,
		@Nullable List<UUID> staff, @Nullable Long version) {

	static GroupForm empty(UUID accountId, LocalDate today) {
		return new GroupForm("", "girls", null, "", null, today, null, 10, List.of(), false, GroupStatus.PLANNED,
				List.of(accountId), null);
	}

	static GroupForm of(ActivityGroup group) {
		return new GroupForm(group.getName(), group.getTypeCode(), group.getSchoolId(),
				group.getArenaCode() == null ? "" : group.getArenaCode(), group.getServiceId(), group.getStartsOn(),
				group.getEndsOn(), group.getPlannedSessions(), List.copyOf(group.getRecruitment()),
				group.isAllowsAnonymous(), group.getStatus(), List.copyOf(group.getStaff()), group.getVersion());
	}

}
