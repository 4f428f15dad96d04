/**
 * The SLT action plan by area: SLT areas (named groups of the teams' own areas) and the
 * municipality's measures (tiltak), kept by the SLT coordinator; the trends page narrows
 * to an SLT area with its measures beside it.
 */
@ApplicationModule(allowedDependencies = { "shared", "team", "catalog" })
@NullMarked
package no.feltlogg.sltplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
