package no.feltlogg.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record PasswordForm(@NotBlank @Pattern(regexp = "|.{12,128}") String password) {
}
