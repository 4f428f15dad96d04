package no.feltlogg.groups;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Gender;

/**
 * A registered youth's attendance at a session, with gender and age band as they were on
 * the day of the session, so that counts do not change when the youth grows older or a
 * birth date is corrected.
 */
@Embeddable
record Attendance(@Column(name = "youth_id") UUID youthId, @Enumerated(EnumType.STRING) AttendanceStatus status,
		@Enumerated(EnumType.STRING) Gender gender, @Column(name = "age_band") @Nullable String ageBand,
		@Column(name = "recorded_by") UUID recordedBy, @Column(name = "recorded_at") Instant recordedAt) {

	boolean isPresent() {
		return status == AttendanceStatus.PRESENT;
	}

}
