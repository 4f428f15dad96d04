package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/** Advice to an anonymous youth: which service, themes, the day, and an optional note that identifies nobody. */
record AnonymousGuidanceForm(@Nullable @NotNull UUID serviceId, @Nullable List<String> themes,
		@NotBlank String guidedOn, @Nullable @Size(max = 300) String note) {

	static AnonymousGuidanceForm empty(LocalDate today) {
		return new AnonymousGuidanceForm(null, List.of(), FormDates.format(today), "");
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

}
