/**
 * Information and attitude work (lessons, parents' meetings, stands) and the team's
 * school contacts.
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog", "groups", "fieldwork" })
@NullMarked
package no.feltlogg.information;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
