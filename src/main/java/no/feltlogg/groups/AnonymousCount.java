package no.feltlogg.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.feltlogg.shared.Gender;

/**
 * Anonymous participants of a session: so many of this gender in this age band. Never a
 * name.
 */
@Embeddable
public record AnonymousCount(@Enumerated(EnumType.STRING) Gender gender, @Column(name = "age_band") String ageBand,
		int count) {
}
