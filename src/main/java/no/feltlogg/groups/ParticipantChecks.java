package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import no.feltlogg.shared.FormErrors;

/**
 * Checks youths joining a group and a youth leaving it, reporting each problem at its
 * field. Pure: who can be added and who may join on a day are given by the caller.
 */
final class ParticipantChecks {

	/** How long before a group starts a youth can be said to have joined it. */
	static final int MONTHS_BEFORE_START = 6;

	private ParticipantChecks() {
	}

	/**
	 * The youths chosen to join, each once, or none when anything is rejected: at least
	 * one must be chosen, the day must not lie long before the group starts, and each
	 * must be a candidate ({@code candidates}, id to name) who may join on that day;
	 * those who may not are named.
	 */
	static List<UUID> joining(ParticipantsForm form, LocalDate groupStartsOn, Supplier<Map<UUID, String>> candidates,
			BiPredicate<UUID, LocalDate> mayJoin, BindingResult result) {
		var chosen = form.youthIds() == null ? List.<UUID>of() : form.youthIds().stream().distinct().toList();
		if (chosen.isEmpty() && !result.hasFieldErrors("youthIds")) {
			FormErrors.reject(result, "youthIds", "groups.participants.noneChosen");
		}
		var joinedOn = form.joinedOn();
		if (joinedOn != null && joinedOn.isBefore(groupStartsOn.minusMonths(MONTHS_BEFORE_START))) {
			FormErrors.reject(result, "joinedOn", "groups.participants.joinedLongBefore");
		}
		if (joinedOn != null && !chosen.isEmpty()) {
			var names = candidates.get();
			var refused = new ArrayList<String>();
			for (var youthId : chosen) {
				if (!names.containsKey(youthId) || !mayJoin.test(youthId, joinedOn)) {
					refused.add(names.getOrDefault(youthId, "?"));
				}
			}
			if (!refused.isEmpty()) {
				FormErrors.reject(result, "youthIds", "groups.participants.cannotJoin",
						new Object[] { String.join(", ", refused) }, null);
			}
		}
		return result.hasErrors() ? List.of() : chosen;
	}

	/** A youth leaves on or after the day she joined. */
	static void leaving(LeaveForm form, LocalDate joinedOn, BindingResult result) {
		if (form.leftOn() != null && form.leftOn().isBefore(joinedOn)) {
			FormErrors.reject(result, "leftOn", "groups.leave.beforeJoined");
		}
	}

}
