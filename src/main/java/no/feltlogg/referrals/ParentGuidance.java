package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * Guidance to parents (råd og veiledning til foresatte): how it was given, about what, on
 * which day, and at most a short note that identifies nobody. Counted; neither the
 * parents nor their child are named.
 */
@Entity
class ParentGuidance extends GuidanceRecord {

	@Enumerated(EnumType.STRING)
	private ParentChannel channel;

	protected ParentGuidance() {
	}

	ParentGuidance(UUID teamId, ParentChannel channel, List<String> themes, LocalDate guidedOn, @Nullable String note,
			UUID by, Instant at) {
		super(teamId, themes, guidedOn, note, by, at, "Guidance to parents identifies nobody");
		this.channel = channel;
	}

	public ParentChannel getChannel() {
		return channel;
	}

}
