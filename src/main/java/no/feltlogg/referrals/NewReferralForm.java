package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A new referral as typed: the service from the directory, the form, the day, why, the
 * themes, what is shared, the legal basis with the consent or the justification, and the
 * follow-up date. The consent gate checks the rest.
 */
record NewReferralForm(@Nullable @NotNull UUID serviceId, @Nullable @NotNull ReferralKind form,
		@Nullable @NotNull @FormYear LocalDate referredOn, @NotBlank @Size(max = 2000) String reason,
		@Nullable List<String> themes, @NotBlank @Size(max = 2000) String sharedInformation,
		@Nullable @NotNull LegalBasis legalBasis, @Nullable UUID consentId,
		@Nullable @Size(max = 4000) String justification, @Nullable @FormYear LocalDate followUpOn) {

	/** Today, a formal referral on consent, follow-up in two weeks. */
	static NewReferralForm empty(LocalDate today) {
		return new NewReferralForm(null, ReferralKind.FORMAL_REFERRAL, today, "", List.of(), "", LegalBasis.CONSENT,
				null, "", today.plusWeeks(2));
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

}
