package no.feltlogg.statistics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.feltlogg.shared.Gender;

/**
 * The one rule for genders in the report and the API: counts are kept per {@link Gender};
 * the report's tables show boys, girls, and other or unknown together; the API shows
 * every gender by its code, zero where none.
 */
final class Genders {

	/** Report genders: boys, girls, and other or unknown together. */
	static final List<String> COLUMNS = List.of("BOY", "GIRL", "OTHER");

	private Genders() {
	}

	/** The report column a gender is counted under. */
	static String column(Gender gender) {
		return gender == Gender.BOY || gender == Gender.GIRL ? gender.name() : "OTHER";
	}

	/** An empty count per gender, to merge into. */
	static Map<Gender, Long> zero() {
		var counts = new EnumMap<Gender, Long>(Gender.class);
		for (var g : Gender.values()) {
			counts.put(g, 0L);
		}
		return counts;
	}

	/** Counts per gender merged into the report's columns. */
	static Map<String, Long> byColumn(Map<Gender, Long> counts) {
		var columns = new LinkedHashMap<String, Long>();
		counts.forEach((g, n) -> columns.merge(column(g), n, Long::sum));
		return columns;
	}

	/**
	 * Counts per gender as the API shows them: every gender's code, in the enum's order.
	 */
	static Map<String, Long> byCode(Map<Gender, Long> counts) {
		var codes = new LinkedHashMap<String, Long>();
		for (var g : Gender.values()) {
			codes.put(g.code(), counts.getOrDefault(g, 0L));
		}
		return codes;
	}

	/** The report's gender rows, keyed by column, in words. */
	static Map<String, String> rows(ReportContext context) {
		var rows = new LinkedHashMap<String, String>();
		COLUMNS.forEach(g -> rows.put(g, context.text("report.gender." + g)));
		return rows;
	}

	static List<String> labels(ReportContext context) {
		return COLUMNS.stream().map(g -> context.text("report.gender." + g)).toList();
	}

}
