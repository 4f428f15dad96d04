/**
 * The database at start-up: an embedded PostgreSQL 17 for the demo and dev profiles when
 * no database is named, one clear line and a non-zero exit when a production start has no
 * database, and the two database roles (ADR 0021, 0022).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.feltlogg.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
