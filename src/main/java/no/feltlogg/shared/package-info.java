/** Value types, role names and small helpers used by every module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package no.feltlogg.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
