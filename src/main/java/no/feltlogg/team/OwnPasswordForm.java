package no.feltlogg.team;

import jakarta.validation.constraints.NotBlank;

/** A person's change of her own password. */
record OwnPasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword) {

	static OwnPasswordForm empty() {
		return new OwnPasswordForm("", "");
	}

}
