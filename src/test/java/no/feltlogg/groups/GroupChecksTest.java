package no.feltlogg.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** A group as typed, checked without a database: the team's lists are given. */
class GroupChecksTest {

	static final UUID SCHOOL = UUID.randomUUID();

	static final UUID SERVICE = UUID.randomUUID();

	static final UUID STAFF = UUID.randomUUID();

	static final UUID AUTHOR = UUID.randomUUID();

	static final GroupChecks.Choices CHOICES = new GroupChecks.Choices(Set.of("girls", "boys"), Set.of(SCHOOL),
			Set.of("school"), Set.of(SERVICE), Set.of(STAFF));

	static final LocalDate START = LocalDate.of(2026, 9, 1);

	@Test
	void aGroupOfTheTeamsListsBecomesItsDetails() {
		var form = form("girls", SCHOOL, "school", SERVICE, START, START.plusMonths(3), 10,
				List.of(UUID.randomUUID(), STAFF));
		var result = result(form);
		var details = GroupChecks.check(form, CHOICES, AUTHOR, result);
		assertThat(result.hasErrors()).isFalse();
		assertThat(details).isNotNull();
		assertThat(details.schoolId()).isEqualTo(SCHOOL);
		assertThat(details.arenaCode()).isEqualTo("school");
		assertThat(details.plannedSessions()).isEqualTo(10);
		assertThat(details.recruitment()).containsExactly(Recruitment.SCHOOL);
		assertThat(details.staff()).as("staff not of the team are left out").containsExactly(STAFF);
	}

	@Test
	void aGroupWithoutStaffGetsItsAuthorAndAnEmptyArenaIsNone() {
		var form = form("boys", null, "", null, START, null, 1, List.of());
		var details = GroupChecks.check(form, CHOICES, AUTHOR, result(form));
		assertThat(details).isNotNull();
		assertThat(details.staff()).containsExactly(AUTHOR);
		assertThat(details.arenaCode()).isNull();
	}

	@Test
	void whatTheListsDoNotHoldIsRejectedAtItsField() {
		var form = form("ingen-slik", UUID.randomUUID(), "ukjent", UUID.randomUUID(), START, null, 10, List.of());
		var result = result(form);
		assertThat(GroupChecks.check(form, CHOICES, AUTHOR, result)).isNull();
		assertThat(codes(result, "typeCode")).containsExactly("groups.form.unknownCode");
		assertThat(codes(result, "schoolId")).containsExactly("groups.form.unknownCode");
		assertThat(codes(result, "arenaCode")).containsExactly("groups.form.unknownCode");
		assertThat(codes(result, "serviceId")).containsExactly("groups.form.unknownCode");
	}

	@Test
	void theEndIsNotBeforeTheStartAndOneTo200SessionsArePlanned() {
		var backwards = form("girls", null, "", null, START, START.minusDays(1), 10, List.of());
		var result = result(backwards);
		assertThat(GroupChecks.check(backwards, CHOICES, AUTHOR, result)).isNull();
		assertThat(codes(result, "endsOn")).containsExactly("groups.endsOn.beforeStart");
		for (var planned : new Integer[] { null, 0, 201 }) {
			var form = form("girls", null, "", null, START, null, planned, List.of());
			var wrong = result(form);
			assertThat(GroupChecks.check(form, CHOICES, AUTHOR, wrong)).isNull();
			assertThat(codes(wrong, "plannedSessions")).containsExactly("groups.plannedSessions.invalid");
		}
		var most = form("girls", null, "", null, START, START, 200, List.of());
		assertThat(GroupChecks.check(most, CHOICES, AUTHOR, result(most))).isNotNull();
	}

	static GroupForm form(String type, UUID school, String arena, UUID service, LocalDate startsOn, LocalDate endsOn,
			Integer planned, List<UUID> staff) {
		return new GroupForm("Jentegruppa", type, school, arena, service, startsOn, endsOn, planned,
				List.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING, staff, 0L);
	}

	static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	static List<String> codes(BindingResult result, String field) {
		return result.getFieldErrors(field).stream().map(e -> e.getCode()).toList();
	}

}
