/** Municipality, teams, staff accounts and roles, sign-in and account administration. */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package no.feltlogg.team;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
