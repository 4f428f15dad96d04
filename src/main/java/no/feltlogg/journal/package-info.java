/** Follow-up journal entries for registered youths: draft, signed, corrected. */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "youth", "audit" })
@NullMarked
package no.feltlogg.journal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
