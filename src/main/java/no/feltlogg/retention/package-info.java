/**
 * Retention: the municipality's rules for how long records are kept, the nightly run that
 * anonymises, blanks and deletes by them, legal holds, and the archive package deposited
 * before a record is anonymised (ADR 0034).
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "audit" })
@NullMarked
package no.feltlogg.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
