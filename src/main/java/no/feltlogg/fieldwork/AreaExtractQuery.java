package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/**
 * The window and areas of an area extract as asked for in its URL ({@code area},
 * {@code from}, {@code to}), with what is wrong at each field and the dates as they are
 * shown again.
 */
record AreaExtractQuery(List<UUID> areas, LocalDate from, LocalDate to, @Nullable String fromError,
		@Nullable String toError, String fromText, String toText) {

	/**
	 * Reads the parameters: {@code to} defaults to today and may not be after it,
	 * {@code from} to {@value AreaExtracts#DEFAULT_DAYS} days up to {@code to}, at most
	 * {@value AreaExtracts#MAX_DAYS} days before it. An area that is no id is left out.
	 */
	static AreaExtractQuery of(@Nullable List<String> area, @Nullable String from, @Nullable String to,
			LocalDate today) {
		var areas = new ArrayList<UUID>();
		if (area != null) {
			for (var a : area) {
				try {
					areas.add(UUID.fromString(a.trim()));
				}
				catch (IllegalArgumentException ignored) {
					// not an area of anybody's: left out
				}
			}
		}
		String fromError = null;
		String toError = null;
		var toDate = today;
		if (to != null && !to.isBlank()) {
			var parsed = FormDates.parse(to).orElse(null);
			if (parsed == null || parsed.isAfter(today)) {
				toError = "extract.to.invalid";
			}
			else {
				toDate = parsed;
			}
		}
		var fromDate = toDate.minusDays(AreaExtracts.DEFAULT_DAYS - 1);
		if (from != null && !from.isBlank()) {
			var parsed = FormDates.parse(from).orElse(null);
			if (parsed == null || parsed.isAfter(toDate) || parsed.isBefore(toDate.minusDays(AreaExtracts.MAX_DAYS))) {
				fromError = "extract.from.invalid";
			}
			else {
				fromDate = parsed;
			}
		}
		return new AreaExtractQuery(areas, fromDate, toDate, fromError, toError,
				fromError == null ? FormDates.format(fromDate) : from, toError == null ? FormDates.format(toDate) : to);
	}

	boolean valid() {
		return fromError == null && toError == null;
	}

	/** Whether an extract can be made: valid dates and at least one area. */
	boolean complete() {
		return valid() && !areas.isEmpty();
	}

	/** The query string of the downloads for the same window and areas. */
	String query() {
		var q = new StringBuilder("?from=").append(fromText).append("&to=").append(toText);
		areas.forEach(a -> q.append("&area=").append(a));
		return q.toString();
	}

}
