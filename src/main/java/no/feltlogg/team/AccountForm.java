package no.feltlogg.team;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Role;

/** A new staff account, as typed by the administrator. */
record AccountForm(@NotBlank @Pattern(regexp = "|[a-zA-Z0-9._-]{3,60}") String username,
		@NotBlank @Size(max = 120) String displayName, @NotNull Role role, @Nullable UUID teamId,
		@NotBlank @Pattern(regexp = "|.{12,128}") String password) {

	static AccountForm empty() {
		return new AccountForm("", "", Role.WORKER, null, "");
	}

}
