package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import no.feltlogg.shared.Suppression;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * ADR 0028 as a property over generated data: an SLT coordinator who asks for every run
 * of months there is (so every pair of overlapping runs, and every run beside its single
 * months) and subtracts whatever she can from whatever else she was shown — one answer
 * from another, a total minus the cells beside it, again and again — never learns a count
 * that one of the answers hid as small. Checked on the three shapes of SLT table: months
 * × keys (encounters by arena, area, theme; priority levels), keys × keys summed over the
 * run (observations by area and kind, referrals), and keys over the run and the year
 * before (year on year), the last two over the same arena counts as the first.
 * <p>
 * Generated with a fixed seed, so a failure can be replayed (see ADR 0010 on why not
 * jqwik). A control runs the same attack against tables suppressed one view at a time, as
 * before: it must find hidden counts, or the attack proves nothing.
 */
class TrendsDifferencingTest {

	static final List<String> ARENAS = List.of("gate", "kjøpesenter", "nett", "skole");

	static final List<String> AREAS = List.of("nord", "sentrum", "sør");

	static final List<String> KINDS = List.of("ALCOHOL", "GATHERING", "VIOLENCE");

	/**
	 * 24 months of data; the views ask for runs within the last twelve, so that the year
	 * before is there too.
	 */
	static final int MONTHS = 24;

	static final YearMonth FIRST = YearMonth.of(2024, 1);

	@Test
	void noHiddenCountCanBeWorkedOutFromAnyNumberOfSltViews() {
		var random = new Random(20261205);
		for (int run = 0; run < 25; run++) {
			var data = Data.generate(random);
			var recovered = attack(data, true);
			assertThat(recovered).as("hidden counts worked out by differencing SLT views of %s", data).isEmpty();
		}
	}

	@Test
	void theSameAttackBreaksViewsThatAreSuppressedOneAtATime() {
		var random = new Random(20261205);
		int broken = 0;
		for (int run = 0; run < 25; run++) {
			if (!attack(Data.generate(random), false).isEmpty()) {
				broken++;
			}
		}
		assertThat(broken).as("data sets where the attack recovers a hidden count from views suppressed one by one")
			.isGreaterThan(0);
	}

	/**
	 * Generated counts: arena encounters month by month, and observations by area and
	 * kind month by month.
	 */
	record Data(Map<YearMonth, Map<String, Long>> arenas, Map<YearMonth, Map<String, Map<String, Long>>> observations) {

		static Data generate(Random random) {
			var arenas = new HashMap<YearMonth, Map<String, Long>>();
			var observations = new HashMap<YearMonth, Map<String, Map<String, Long>>>();
			for (int m = 0; m < MONTHS; m++) {
				var month = FIRST.plusMonths(m);
				var line = new HashMap<String, Long>();
				for (var arena : ARENAS) {
					long count = count(random);
					if (count > 0) {
						line.put(arena, count);
					}
				}
				if (!line.isEmpty()) {
					arenas.put(month, line);
				}
				var table = new HashMap<String, Map<String, Long>>();
				for (var area : AREAS) {
					for (var kind : KINDS) {
						long count = count(random);
						if (count > 0) {
							table.computeIfAbsent(area, a -> new HashMap<>()).put(kind, count);
						}
					}
				}
				if (!table.isEmpty()) {
					observations.put(month, table);
				}
			}
			return new Data(arenas, observations);
		}

		/**
		 * Mostly small counts and zeros, where suppression has work to do; now and then a
		 * large one.
		 */
		private static long count(Random random) {
			int draw = random.nextInt(10);
			return draw < 3 ? 0 : draw < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(draw == 9 ? 40 : 8);
		}

	}

	/**
	 * What the coordinator is shown in one answer: sums of base counts (one month's count
	 * under one key), as sets of those counts, and the sums the answer hid as small.
	 */
	static final class Answer {

		final List<BitSet> shown = new ArrayList<>();

		final List<BitSet> hidden = new ArrayList<>();

		void know(BitSet atoms) {
			if (!atoms.isEmpty()) {
				shown.add(atoms);
			}
		}

	}

	/**
	 * The sums a reader can work out from some shown sums, by adding and subtracting them
	 * in any way: their linear span, kept in echelon form modulo a large prime (exact for
	 * tables this size).
	 */
	static final class Span {

		private static final long P = 1_000_000_007L;

		private final Map<Integer, long[]> pivots = new HashMap<>();

		private final int size;

		Span(int size, List<BitSet> sums) {
			this.size = size;
			sums.forEach(this::add);
		}

		void add(BitSet sum) {
			var row = reduce(vector(sum));
			for (int i = 0; i < size; i++) {
				if (row[i] != 0) {
					long inverse = power(row[i], P - 2);
					for (int j = 0; j < size; j++) {
						row[j] = row[j] * inverse % P;
					}
					pivots.put(i, row);
					return;
				}
			}
		}

		boolean contains(BitSet sum) {
			for (long v : reduce(vector(sum))) {
				if (v != 0) {
					return false;
				}
			}
			return true;
		}

		private long[] reduce(long[] row) {
			for (int i = 0; i < size; i++) {
				if (row[i] != 0 && pivots.containsKey(i)) {
					long factor = row[i];
					var pivot = pivots.get(i);
					for (int j = 0; j < size; j++) {
						row[j] = Math.floorMod(row[j] - factor * pivot[j] % P, P);
					}
				}
			}
			return row;
		}

		private long[] vector(BitSet sum) {
			var row = new long[size];
			sum.stream().forEach(i -> row[i] = 1);
			return row;
		}

		private static long power(long base, long exponent) {
			long result = 1;
			base %= P;
			while (exponent > 0) {
				if ((exponent & 1) == 1) {
					result = result * base % P;
				}
				base = base * base % P;
				exponent >>= 1;
			}
			return result;
		}

	}

	/**
	 * Every view of every run within the last twelve months; returns the hidden small
	 * counts worked out.
	 */
	static List<String> attack(Data data, boolean asPublished) {
		var arenaBins = MonthBins.ofLists(data.arenas(), ARENAS);
		var observationBins = new MonthBins(data.observations(), AREAS, KINDS);
		var arenaAnswers = new ArrayList<Answer>();
		var observationAnswers = new ArrayList<Answer>();
		for (int from = 12; from < MONTHS; from++) {
			for (int to = from; to < MONTHS; to++) {
				var months = new ArrayList<YearMonth>();
				var lastYear = new ArrayList<YearMonth>();
				var labels = new LinkedHashMap<YearMonth, String>();
				for (int m = from; m <= to; m++) {
					months.add(FIRST.plusMonths(m));
					lastYear.add(FIRST.plusMonths(m - 12));
					labels.put(FIRST.plusMonths(m), FIRST.plusMonths(m).toString());
				}
				var byMonth = TrendTables.monthly("arena", "", "", labels, data.arenas(), new TreeSet<>(ARENAS),
						arenaBins);
				var yearOnYear = TrendTables.keysOverRuns("yoy", "", "", ARENAS, Function.identity(),
						List.of("last", "now"), List.of(lastYear, months), data.arenas(), arenaBins, Unit.ENCOUNTERS,
						Chart.BAR);
				var observations = TrendTables.summedCounts("obs", "", "", months, AREAS, Function.identity(), KINDS,
						Function.identity(), data.observations(), observationBins, Unit.OCCURRENCES, Chart.BAR);
				if (!asPublished) {
					byMonth = oneViewAtATime(byMonth);
					yearOnYear = oneViewAtATime(yearOnYear);
					observations = oneViewAtATime(observations);
				}
				// one answer of the page holds both arena tables
				var arenaAnswer = new Answer();
				learnByMonth(arenaAnswer, byMonth, months);
				learnOverRuns(arenaAnswer, yearOnYear, List.of(lastYear, months));
				arenaAnswers.add(arenaAnswer);
				var observationAnswer = new Answer();
				learnSummed(observationAnswer, observations, months);
				observationAnswers.add(observationAnswer);
			}
		}
		var recovered = new ArrayList<String>();
		recovered.addAll(recovered(arenaAnswers, MONTHS * ARENAS.size()));
		recovered.addAll(recovered(observationAnswers, MONTHS * AREAS.size() * KINDS.size()));
		return recovered;
	}

	/**
	 * The hidden small sums that all the answers together give away although the answer
	 * that hid them does not (what one table alone allows is ADR 0010's business and
	 * {@code SuppressionTest}'s).
	 */
	static List<String> recovered(List<Answer> answers, int atoms) {
		var all = new Span(atoms, answers.stream().flatMap(a -> a.shown.stream()).toList());
		var recovered = new ArrayList<String>();
		for (var answer : answers) {
			if (answer.hidden.isEmpty()) {
				continue;
			}
			var own = new Span(atoms, answer.shown);
			for (var target : answer.hidden) {
				if (all.contains(target) && !own.contains(target)) {
					recovered.add("base counts " + target);
				}
			}
		}
		return recovered;
	}

	/**
	 * The table as it was suppressed before ADR 0028: on its own, over the keys it shows.
	 */
	static Table oneViewAtATime(Table table) {
		return new Table(table.id(), table.title(), table.rowHeading(), table.rows(), table.columns(), table.values(),
				table.unit(), table.chart(), Suppression.apply(table.values()));
	}

	static int arenaAtom(YearMonth month, String arena) {
		return (int) (FIRST.until(month, java.time.temporal.ChronoUnit.MONTHS) * ARENAS.size() + ARENAS.indexOf(arena));
	}

	static int observationAtom(YearMonth month, String area, String kind) {
		return (int) (FIRST.until(month, java.time.temporal.ChronoUnit.MONTHS) * AREAS.size() * KINDS.size()
				+ AREAS.indexOf(area) * KINDS.size() + KINDS.indexOf(kind));
	}

	/**
	 * Months × arenas: a cell is one month's arena, a row total the month's arenas
	 * together.
	 */
	static void learnByMonth(Answer knowledge, Table table, List<YearMonth> months) {
		for (int r = 0; r < table.rows().size(); r++) {
			var month = YearMonth.parse(table.rows().get(r));
			var all = new BitSet();
			for (var arena : ARENAS) {
				all.set(arenaAtom(month, arena));
				if (!table.columns().contains(arena)) {
					// a column left out counts nothing, and the reader knows it
					knowledge.know(bits(arenaAtom(month, arena)));
				}
			}
			for (int c = 0; c < table.columns().size(); c++) {
				learn(knowledge, table, r, c, bits(arenaAtom(month, table.columns().get(c))));
			}
			learnRowTotal(knowledge, table, r, all);
		}
	}

	/**
	 * Arenas × runs of months: a cell is an arena over one run, a row total the arena
	 * over both.
	 */
	static void learnOverRuns(Answer knowledge, Table table, List<List<YearMonth>> runs) {
		for (var arena : ARENAS) {
			if (!table.rows().contains(arena)) {
				for (var run : runs) {
					knowledge.know(atoms(run, m -> bits(arenaAtom(m, arena))));
				}
			}
		}
		for (int r = 0; r < table.rows().size(); r++) {
			var arena = table.rows().get(r);
			var all = new BitSet();
			for (int c = 0; c < runs.size(); c++) {
				var atoms = atoms(runs.get(c), m -> bits(arenaAtom(m, arena)));
				all.or(atoms);
				learn(knowledge, table, r, c, atoms);
			}
			learnRowTotal(knowledge, table, r, all);
		}
	}

	/**
	 * Areas × kinds over the run: a cell is an area's kind over the run, a row total the
	 * area's kinds together.
	 */
	static void learnSummed(Answer knowledge, Table table, List<YearMonth> months) {
		for (var area : AREAS) {
			for (var kind : KINDS) {
				if (!table.rows().contains(area) || !table.columns().contains(kind)) {
					knowledge.know(atoms(months, m -> bits(observationAtom(m, area, kind))));
				}
			}
		}
		for (int r = 0; r < table.rows().size(); r++) {
			var area = table.rows().get(r);
			var all = new BitSet();
			for (var kind : KINDS) {
				all.or(atoms(months, m -> bits(observationAtom(m, area, kind))));
			}
			for (int c = 0; c < table.columns().size(); c++) {
				var kind = table.columns().get(c);
				learn(knowledge, table, r, c, atoms(months, m -> bits(observationAtom(m, area, kind))));
			}
			learnRowTotal(knowledge, table, r, all);
		}
	}

	private static void learn(Answer knowledge, Table table, int r, int c, BitSet atoms) {
		if (!table.hidden(r, c)) {
			knowledge.know(atoms);
		}
		else if (table.isSmall(r, c)) {
			knowledge.hidden.add(atoms);
		}
	}

	/**
	 * Row totals are shown where a table has more than one column, as the page and the
	 * PDF show them.
	 */
	private static void learnRowTotal(Answer knowledge, Table table, int r, BitSet atoms) {
		if (!table.hasRowTotals()) {
			return;
		}
		var hidden = table.suppression().rowTotalsHidden()[r];
		if (hidden == Suppression.Hidden.NO) {
			knowledge.know(atoms);
		}
		else if (hidden == Suppression.Hidden.SMALL) {
			knowledge.hidden.add(atoms);
		}
	}

	private static BitSet atoms(List<YearMonth> months, Function<YearMonth, BitSet> atom) {
		var atoms = new BitSet();
		months.forEach(m -> atoms.or(atom.apply(m)));
		return atoms;
	}

	private static BitSet bits(int index) {
		var bits = new BitSet();
		bits.set(index);
		return bits;
	}

}
