/** Access log: who read or changed which youth's record, when and why. */
@ApplicationModule(allowedDependencies = { "shared", "team" })
@NullMarked
package no.feltlogg.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
