package no.feltlogg.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TeamForm(@NotBlank @Size(max = 120) String name) {
}
