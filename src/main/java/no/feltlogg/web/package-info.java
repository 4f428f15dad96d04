/** Layout, home pages, security configuration, error pages and global web advice. */
@ApplicationModule(
		allowedDependencies = { "shared", "team", "fieldwork", "referrals", "measures", "operations", "statistics" })
@NullMarked
package no.feltlogg.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
