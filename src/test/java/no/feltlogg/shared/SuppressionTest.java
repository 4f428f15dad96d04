package no.feltlogg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.feltlogg.shared.Suppression.Hidden;

/**
 * Small-number suppression, checked as properties over thousands of random tables (a
 * fixed seed, so a failure can be replayed) and on a few worked examples.
 */
class SuppressionTest {

	@Test
	void everySmallCountIsHidden() {
		tables().forEach(SuppressionTest::everySmallCountIsHidden);
	}

	static void everySmallCountIsHidden(long[][] table) {
		var result = Suppression.apply(table);
		var shown = java.util.Arrays.deepToString(table);
		for (int r = 0; r < table.length; r++) {
			for (int c = 0; c < table[r].length; c++) {
				if (table[r][c] > 0 && table[r][c] < 5) {
					assertThat(result.cells()[r][c]).as(shown).isEqualTo(Hidden.SMALL);
				}
			}
			if (result.rowTotals()[r] > 0 && result.rowTotals()[r] < 5) {
				assertThat(result.rowTotalsHidden()[r]).isNotEqualTo(Hidden.NO);
			}
		}
	}

	@Test
	void noHiddenValueStandsAloneInARowOrColumnWithItsTotal() {
		tables().forEach(SuppressionTest::noHiddenValueStandsAlone);
	}

	static void noHiddenValueStandsAlone(long[][] table) {
		var result = Suppression.apply(table);
		var shown = java.util.Arrays.deepToString(table);
		int rows = table.length;
		int columns = table[0].length;
		for (int r = 0; r < rows; r++) {
			int hidden = result.rowTotalsHidden()[r] != Hidden.NO ? 1 : 0;
			for (int c = 0; c < columns; c++) {
				hidden += result.hidden(r, c) ? 1 : 0;
			}
			assertThat(hidden).as("hidden entries in row %d of %s", r, shown).isNotEqualTo(1);
		}
		for (int c = 0; c < columns; c++) {
			int hidden = result.columnTotalsHidden()[c] != Hidden.NO ? 1 : 0;
			for (int r = 0; r < rows; r++) {
				hidden += result.hidden(r, c) ? 1 : 0;
			}
			assertThat(hidden).as("hidden entries in column %d of %s", c, shown).isNotEqualTo(1);
		}
		int totalsHidden = result.grandTotalHidden() != Hidden.NO ? 1 : 0;
		for (var h : result.rowTotalsHidden()) {
			totalsHidden += h != Hidden.NO ? 1 : 0;
		}
		assertThat(totalsHidden).as("hidden entries in the column of row totals").isNotEqualTo(1);
	}

	@Test
	void aHiddenCellCannotBeRecoveredBySubtractingVisibleCellsFromATotal() {
		tables().forEach(SuppressionTest::notRecoverable);
	}

	static void notRecoverable(long[][] table) {
		var result = Suppression.apply(table);
		var shown = java.util.Arrays.deepToString(table);
		for (int r = 0; r < table.length; r++) {
			for (int c = 0; c < table[r].length; c++) {
				if (result.hidden(r, c)) {
					assertThat(recoverableFromRow(result, r) || recoverableFromColumn(result, c))
						.as("cell %d,%d of %s recoverable", r, c, shown)
						.isFalse();
				}
			}
		}
	}

	@Test
	void visibleFiguresAreTheTrueOnes() {
		tables().forEach(SuppressionTest::visibleAreTrue);
	}

	static void visibleAreTrue(long[][] table) {
		var result = Suppression.apply(table);
		var shown = java.util.Arrays.deepToString(table);
		long grand = 0;
		for (int r = 0; r < table.length; r++) {
			for (int c = 0; c < table[r].length; c++) {
				assertThat(result.values()[r][c]).isEqualTo(table[r][c]);
				grand += table[r][c];
			}
		}
		assertThat(result.grandTotal()).isEqualTo(grand);
	}

	@Test
	void aSmallCellBesideLargeOnesTakesTheSmallestNeighbourWithIt() {
		var result = Suppression.apply(new long[][] { { 3, 12, 40 }, { 8, 9, 30 } });
		assertThat(result.cells()[0]).containsExactly(Hidden.SMALL, Hidden.SECONDARY, Hidden.NO);
		assertThat(result.cells()[1][0]).isEqualTo(Hidden.SECONDARY);
		assertThat(result.cells()[1][1]).isEqualTo(Hidden.SECONDARY);
		assertThat(result.cells()[1][2]).isEqualTo(Hidden.NO);
	}

	@Test
	void aTableWithoutSmallCountsIsPublishedWhole() {
		var result = Suppression.apply(new long[][] { { 0, 12 }, { 5, 9 } });
		assertThat(result.cells()[0]).containsOnly(Hidden.NO);
		assertThat(result.cells()[1]).containsOnly(Hidden.NO);
		assertThat(result.grandTotalHidden()).isEqualTo(Hidden.NO);
	}

	@Test
	void aSingleSmallFigureHidesItsTotalToo() {
		var result = Suppression.apply(new long[] { 3 });
		assertThat(result.cells()[0][0]).isEqualTo(Hidden.SMALL);
		assertThat(result.grandTotalHidden()).isNotEqualTo(Hidden.NO);
	}

	private static boolean recoverableFromRow(Suppression.Result result, int r) {
		if (result.rowTotalsHidden()[r] != Hidden.NO) {
			return false;
		}
		int hidden = 0;
		for (int c = 0; c < result.cells()[r].length; c++) {
			hidden += result.hidden(r, c) ? 1 : 0;
		}
		return hidden == 1;
	}

	private static boolean recoverableFromColumn(Suppression.Result result, int c) {
		if (result.columnTotalsHidden()[c] != Hidden.NO) {
			return false;
		}
		int hidden = 0;
		for (int r = 0; r < result.cells().length; r++) {
			hidden += result.hidden(r, c) ? 1 : 0;
		}
		return hidden == 1;
	}

	/**
	 * 3 000 random tables of 1-7 × 1-7 cells, with zeros, small counts and large ones
	 * mixed.
	 */
	static Stream<long[][]> tables() {
		var random = new Random(20261121);
		return Stream.generate(() -> {
			var table = new long[1 + random.nextInt(7)][1 + random.nextInt(7)];
			for (var row : table) {
				for (int c = 0; c < row.length; c++) {
					int kind = random.nextInt(12);
					row[c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(196);
				}
			}
			return table;
		}).limit(3000);
	}

}
