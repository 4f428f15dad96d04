/**
 * API tokens for dashboards: made, listed and revoked by administrators (and a leader for
 * her own team), the bearer sign-in on {@code /api/v1/statistics/**} alone, and the
 * OpenAPI description of that API (ADR 0035).
 */
@ApplicationModule(allowedDependencies = { "shared", "team" })
@NullMarked
package no.feltlogg.apitokens;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
