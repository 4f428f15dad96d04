/**
 * Help measures carried out for child welfare (hjelpetiltak): the plan, the consent,
 * follow-ups, the report back.
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "youth", "audit" })
@NullMarked
package no.feltlogg.measures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
