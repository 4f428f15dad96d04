/** Referrals with status and legal basis, anonymous guidance and guidance to parents. */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "youth", "audit" })
@NullMarked
package no.feltlogg.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
