package no.feltlogg.youth;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The leader's erasure of a registration made by mistake: the reason, and that she means
 * it.
 */
record ErasureForm(@NotNull @Nullable ErasureReason reason, @Nullable Boolean confirmed) {

	static ErasureForm empty() {
		return new ErasureForm(null, null);
	}

}
