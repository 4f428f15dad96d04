package no.feltlogg.fieldwork;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.feltlogg.shared.Gender;

/**
 * A registered youth met in an encounter, with gender and age band as they were on the
 * day.
 */
@Embeddable
record MetYouth(@Column(name = "youth_id") UUID youthId, @Enumerated(EnumType.STRING) Gender gender,
		@Column(name = "age_band") String ageBand) {
}
