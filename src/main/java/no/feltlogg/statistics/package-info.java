/**
 * Annual report, SLT trends and exports, composed from the other modules' count queries.
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "fieldwork", "youth", "journal", "groups",
		"referrals", "sltplan", "information", "measures" })
@NullMarked
package no.feltlogg.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
