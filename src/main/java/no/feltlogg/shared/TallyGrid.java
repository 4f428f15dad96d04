package no.feltlogg.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The gender × age band grid of +/− counters of an anonymous tally (encounters, anonymous
 * group participants), as posted by {@code fragments/tally.html}: counts typed as text,
 * keyed {@code GENDER:band}. Reads the grid into cells with a count above zero, or names
 * the first problem; the caller answers it at the field with its own message.
 */
public final class TallyGrid {

	/** The most a counter takes. */
	public static final int MAX = 999;

	private TallyGrid() {
	}

	/** So many of a gender in an age band. */
	public record Cell(Gender gender, String ageBand, int count) {
	}

	/** What is wrong with a grid as posted. */
	public enum Problem {

		/** A count that is not a whole number. */
		NOT_A_NUMBER,

		/** A count below zero. */
		NEGATIVE,

		/** A count above {@link #MAX}. */
		TOO_MANY,

		/** A key naming no gender or no age band of the team. */
		UNKNOWN_CODE

	}

	/** The cells read, or the problem found (and no cells). */
	public record Reading(List<Cell> cells, @Nullable Problem problem) {

		public Reading {
			cells = List.copyOf(cells);
		}

		public boolean ok() {
			return problem == null;
		}

	}

	/**
	 * Reads the counts posted; an empty or zero counter is left out. The age bands are
	 * the codes the team has (retired ones included), a key naming another is refused.
	 */
	public static Reading read(@Nullable Map<String, String> counts, Set<String> ageBands) {
		var cells = new ArrayList<Cell>();
		if (counts == null) {
			return new Reading(cells, null);
		}
		for (var entry : counts.entrySet()) {
			int value;
			try {
				value = entry.getValue() == null || entry.getValue().isBlank() ? 0
						: Integer.parseInt(entry.getValue().trim());
			}
			catch (NumberFormatException notANumber) {
				return refused(Problem.NOT_A_NUMBER);
			}
			if (value == 0) {
				continue;
			}
			if (value < 0) {
				return refused(Problem.NEGATIVE);
			}
			if (value > MAX) {
				return refused(Problem.TOO_MANY);
			}
			var key = entry.getKey().split(":", 2);
			var gender = key.length == 2 ? Gender.parse(key[0]) : Optional.<Gender>empty();
			if (gender.isEmpty() || !ageBands.contains(key[1])) {
				return refused(Problem.UNKNOWN_CODE);
			}
			cells.add(new Cell(gender.get(), key[1], value));
		}
		return new Reading(cells, null);
	}

	/**
	 * A counter's value as typed, so that a wrong entry is shown back as it was; 0 where
	 * nothing was typed.
	 */
	public static String shown(@Nullable Map<String, String> counts, String key) {
		if (counts == null) {
			return "0";
		}
		var value = counts.get(key);
		return value == null || value.isBlank() ? "0" : value;
	}

	private static Reading refused(Problem problem) {
		return new Reading(List.of(), problem);
	}

}
