package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * Guidance to parents: the channel, themes, the day, and an optional note that identifies
 * nobody.
 */
record ParentGuidanceForm(@Nullable @NotNull ParentChannel channel, @Nullable List<String> themes,
		@Nullable @NotNull @FormYear LocalDate guidedOn, @Nullable @Size(max = 300) String note) {

	static ParentGuidanceForm empty(LocalDate today) {
		return new ParentGuidanceForm(ParentChannel.IN_PERSON, List.of(), today, "");
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

}
