package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** Youths chosen to join a group, and the day they join. */
record ParticipantsForm(@Nullable List<UUID> youthIds, @NotNull @FormYear LocalDate joinedOn) {

	public boolean chosen(UUID youthId) {
		return youthIds != null && youthIds.contains(youthId);
	}

}
