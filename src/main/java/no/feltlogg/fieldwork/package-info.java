/**
 * Shifts, encounters (anonymous tallies and registered youths) and field observations.
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "youth", "audit" })
@NullMarked
package no.feltlogg.fieldwork;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
