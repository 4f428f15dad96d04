package no.feltlogg.groups;

import static no.feltlogg.groups.GroupChecksTest.codes;
import static no.feltlogg.groups.GroupChecksTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Joining and leaving a group, checked without a database: candidates and consent are
 * given.
 */
class ParticipantChecksTest {

	static final LocalDate START = LocalDate.of(2026, 9, 1);

	final UUID ada = UUID.randomUUID();

	final UUID bea = UUID.randomUUID();

	final Map<UUID, String> candidates = Map.of(ada, "Ada", bea, "Bea");

	@Test
	void chosenCandidatesWhoMayJoinJoinOnceEach() {
		var form = new ParticipantsForm(List.of(ada, bea, ada), START);
		var result = result(form);
		assertThat(ParticipantChecks.joining(form, START, () -> candidates, (y, on) -> true, result))
			.containsExactly(ada, bea);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void thoseWhoMayNotJoinOrAreNoCandidatesAreNamed() {
		var stranger = UUID.randomUUID();
		var form = new ParticipantsForm(List.of(ada, bea, stranger), START);
		var result = result(form);
		assertThat(ParticipantChecks.joining(form, START, () -> candidates, (y, on) -> !y.equals(bea), result))
			.isEmpty();
		assertThat(codes(result, "youthIds")).containsExactly("groups.participants.cannotJoin");
		assertThat(result.getFieldError("youthIds").getArguments()).containsExactly("Bea, ?");
	}

	@Test
	void someoneMustBeChosenAndTheDayNotLongBeforeTheStart() {
		var form = new ParticipantsForm(null, START.minusMonths(6).minusDays(1));
		var result = result(form);
		assertThat(ParticipantChecks.joining(form, START, () -> candidates, (y, on) -> true, result)).isEmpty();
		assertThat(codes(result, "youthIds")).containsExactly("groups.participants.noneChosen");
		assertThat(codes(result, "joinedOn")).containsExactly("groups.participants.joinedLongBefore");
	}

	@Test
	void theCandidatesAreOnlyLookedUpWhenSomeoneIsChosenOnADay() {
		var form = new ParticipantsForm(List.of(ada), null);
		ParticipantChecks.joining(form, START, () -> {
			throw new AssertionError("looked up");
		}, (y, on) -> true, result(form));
	}

	@Test
	void aYouthLeavesOnOrAfterTheDaySheJoined() {
		var early = new LeaveForm(START.minusDays(1));
		var result = result(early);
		ParticipantChecks.leaving(early, START, result);
		assertThat(codes(result, "leftOn")).containsExactly("groups.leave.beforeJoined");
		var sameDay = new LeaveForm(START);
		var fine = result(sameDay);
		ParticipantChecks.leaving(sameDay, START, fine);
		assertThat(fine.hasErrors()).isFalse();
	}

}
