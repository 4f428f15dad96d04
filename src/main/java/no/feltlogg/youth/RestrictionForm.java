package no.feltlogg.youth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the processing of a youth's record is restricted (the youth objects, GDPR art. 18).
 */
record RestrictionForm(@NotBlank @Size(min = 10, max = 300) String reason) {

}
