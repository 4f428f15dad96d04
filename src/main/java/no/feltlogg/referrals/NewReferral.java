package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as it is made: for which youth, to which service from the directory, in
 * which form, why, what is shared, on which legal basis (with the consent it rests on, or
 * the written justification of a duty), and when to follow it up.
 */
public record NewReferral(UUID youthId, UUID serviceId, ReferralKind form, LocalDate referredOn, String reason,
		List<String> themes, String sharedInformation, LegalBasis legalBasis, @Nullable UUID consentId,
		@Nullable String justification, @Nullable LocalDate followUpOn) {

	public NewReferral {
		themes = List.copyOf(themes);
	}

}
