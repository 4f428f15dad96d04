package no.feltlogg.fieldwork;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.feltlogg.shared.Gender;

/** One cell of an anonymous tally: so many youths of this gender in this age band. */
@Embeddable
record TallyCell(@Enumerated(EnumType.STRING) Gender gender, @Column(name = "age_band") String ageBand, int count) {
}
