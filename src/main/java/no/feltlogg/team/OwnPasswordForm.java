package no.feltlogg.team;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/**
 * A person's change of her own password; the code of her second factor if she has one.
 */
record OwnPasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @Nullable String code) {

	static OwnPasswordForm empty() {
		return new OwnPasswordForm("", "", "");
	}

}
