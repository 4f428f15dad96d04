/**
 * Each team's code lists: areas, places, schools, arenas, themes, age bands, services.
 */
@ApplicationModule(allowedDependencies = { "shared", "team" })
@NullMarked
package no.feltlogg.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
