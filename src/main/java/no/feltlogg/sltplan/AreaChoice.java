package no.feltlogg.sltplan;

import java.util.UUID;

/** One team's area, as the SLT area form offers it. */
record AreaChoice(UUID id, String teamName, String label) {
}
