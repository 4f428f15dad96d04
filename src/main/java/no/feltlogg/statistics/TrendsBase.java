package no.feltlogg.statistics;

import java.time.YearMonth;

/**
 * A month's base: its label, how many teams counted encounters in it, whether imported
 * encounters are in it.
 */
public record TrendsBase(YearMonth month, String label, long teams, boolean imported) {
}
