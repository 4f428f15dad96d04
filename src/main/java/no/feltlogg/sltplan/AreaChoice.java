package no.feltlogg.sltplan;

/**
 * An area name of the municipality's teams, with the teams that have it, as the SLT area
 * form offers it.
 */
public record AreaChoice(String label, String teams) {
}
