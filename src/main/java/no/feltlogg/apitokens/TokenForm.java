package no.feltlogg.apitokens;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new token: its name (what reads with it, e.g. "Power BI, kommunens dashbord") and,
 * for an admin, the team.
 */
record TokenForm(@NotBlank @Size(max = 120) String name, @Nullable UUID teamId) {
}
