/** Synthetic demo data, generated at start only under the demo profile. */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "fieldwork", "youth", "journal", "referrals",
		"groups", "sltplan", "information", "retention", "measures", "apitokens" })
@NullMarked
package no.feltlogg.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
