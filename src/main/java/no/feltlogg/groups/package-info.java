/** Group activities, their sessions and attendance. */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "youth", "audit" })
@NullMarked
package no.feltlogg.groups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
