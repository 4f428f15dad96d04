package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * Advice to an anonymous youth: which service, themes, the day, and an optional note that
 * identifies nobody.
 */
record AnonymousGuidanceForm(@Nullable @NotNull UUID serviceId, @Nullable List<String> themes,
		@Nullable @NotNull @FormYear LocalDate guidedOn, @Nullable @Size(max = 300) String note) {

	static AnonymousGuidanceForm empty(LocalDate today) {
		return new AnonymousGuidanceForm(null, List.of(), today, "");
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

}
