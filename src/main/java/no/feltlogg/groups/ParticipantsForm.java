package no.feltlogg.groups;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/** Youths chosen to join a group (their ids as sent), and the day they join. */
record ParticipantsForm(@Nullable List<String> youthIds, @NotBlank String joinedOn) {

	public boolean chosen(UUID youthId) {
		return youthIds != null && youthIds.contains(youthId.toString());
	}

}
