package no.feltlogg.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;

/**
 * Whether a consent lets the team work on a child-welfare measure on a day, and lets its
 * report go back to child welfare: a consent to a child-welfare measure (scope
 * {@link ConsentScope#CHILD_WELFARE}) of the youth, valid on the day, given by the youth
 * (alone or with a guardian). The law asks for the youth's own consent to a voluntary
 * measure from 15 (barnevernsloven); the team asks for it at any age, as the consent gate
 * of referrals does (ADR 0013). A guardian's consent alone is never enough.
 */
final class ConsentRule {

	private ConsentRule() {
	}

	static @Nullable ConsentRefusal check(@Nullable ConsentView consent, UUID youthId, LocalDate day) {
		if (consent == null) {
			return new ConsentRefusal("measures.consent.missing", List.of());
		}
		if (consent.scope() != ConsentScope.CHILD_WELFARE || !consent.youthId().equals(youthId)) {
			return new ConsentRefusal("measures.consent.wrongScope", List.of());
		}
		return switch (consent.statusOn(day)) {
			case WITHDRAWN -> new ConsentRefusal("measures.consent.withdrawn", List.of(date(consent.withdrawnOn())));
			case EXPIRED -> new ConsentRefusal("measures.consent.expired", List.of(date(consent.expiresOn())));
			case NOT_YET_VALID -> new ConsentRefusal("measures.consent.notYetValid", List.of(date(consent.givenOn())));
			case VALID -> consent.givenBy() == ConsentGiver.GUARDIAN
					? new ConsentRefusal("measures.consent.guardianOnly", List.of()) : null;
		};
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : DateFormats.DATE.format(date);
	}

}
