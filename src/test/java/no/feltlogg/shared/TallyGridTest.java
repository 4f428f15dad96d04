package no.feltlogg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The tally grid of encounters and group attendance, read without a database. */
class TallyGridTest {

	static final Set<String> BANDS = Set.of("10-12", "13-15");

	@Test
	void countsAboveZeroBecomeCellsAndEmptyOrZeroCountersAreLeftOut() {
		var posted = new LinkedHashMap<String, String>();
		posted.put("GIRL:13-15", " 3 ");
		posted.put("BOY:10-12", "0");
		posted.put("UNKNOWN:10-12", "");
		posted.put("BOY:13-15", "999");
		var grid = TallyGrid.read(posted, BANDS);
		assertThat(grid.ok()).isTrue();
		assertThat(grid.cells()).containsExactly(new TallyGrid.Cell(Gender.GIRL, "13-15", 3),
				new TallyGrid.Cell(Gender.BOY, "13-15", 999));
	}

	@Test
	void nothingPostedIsAnEmptyGrid() {
		assertThat(TallyGrid.read(null, BANDS)).isEqualTo(new TallyGrid.Reading(java.util.List.of(), null));
	}

	@Test
	void eachProblemIsNamedAndNoCellIsKept() {
		assertThat(problem(Map.of("GIRL:13-15", "tre"))).isEqualTo(TallyGrid.Problem.NOT_A_NUMBER);
		assertThat(problem(Map.of("GIRL:13-15", "2,5"))).isEqualTo(TallyGrid.Problem.NOT_A_NUMBER);
		assertThat(problem(Map.of("GIRL:13-15", "-1"))).isEqualTo(TallyGrid.Problem.NEGATIVE);
		assertThat(problem(Map.of("GIRL:13-15", "1000"))).isEqualTo(TallyGrid.Problem.TOO_MANY);
		assertThat(problem(Map.of("GIRL:99-100", "1"))).isEqualTo(TallyGrid.Problem.UNKNOWN_CODE);
		assertThat(problem(Map.of("ALIEN:13-15", "1"))).isEqualTo(TallyGrid.Problem.UNKNOWN_CODE);
		assertThat(problem(Map.of("GIRL", "1"))).isEqualTo(TallyGrid.Problem.UNKNOWN_CODE);
		var mixed = new LinkedHashMap<String, String>();
		mixed.put("GIRL:13-15", "2");
		mixed.put("BOY:13-15", "x");
		assertThat(TallyGrid.read(mixed, BANDS).cells()).isEmpty();
	}

	@Test
	void anUnknownKeyWithAZeroCountIsIgnoredAsTheFormPostsEveryCounter() {
		assertThat(TallyGrid.read(Map.of("GIRL:retired-band", "0"), BANDS).ok()).isTrue();
	}

	@Test
	void aCounterIsShownAsTypedAndZeroWhenEmpty() {
		var posted = new HashMap<String, String>();
		posted.put("GIRL:13-15", "tre");
		posted.put("BOY:13-15", " ");
		assertThat(TallyGrid.shown(posted, "GIRL:13-15")).isEqualTo("tre");
		assertThat(TallyGrid.shown(posted, "BOY:13-15")).isEqualTo("0");
		assertThat(TallyGrid.shown(posted, "UNKNOWN:13-15")).isEqualTo("0");
		assertThat(TallyGrid.shown(null, "GIRL:13-15")).isEqualTo("0");
	}

	private static TallyGrid.Problem problem(Map<String, String> posted) {
		var grid = TallyGrid.read(posted, BANDS);
		assertThat(grid.cells()).isEmpty();
		return grid.problem();
	}

}
