/** Registered youths: consents, priority level with history, concern flags. */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "audit", "retention" })
@NullMarked
package no.feltlogg.youth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
