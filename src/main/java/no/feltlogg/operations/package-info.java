/**
 * Running the service: a request id on every log line, database faults answered with a
 * "try again" page (503), the readiness check of the database, and the count of failed
 * sign-ins.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.feltlogg.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
