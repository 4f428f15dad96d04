package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/**
 * Sheet names that Excel takes and a reader can read: numbered, at most 31 characters,
 * whole words, unique.
 */
class ReportWorkbookTest {

	@Test
	void aNameTooLongKeepsItsWholeWordsOnly() {
		var name = ReportWorkbook.sheetName(12, "Ungdomstreff etter aldersgruppe og kjønn, alle år", new HashSet<>());
		assertThat(name).isEqualTo("12 Ungdomstreff etter");
		assertThat(name.length()).isLessThanOrEqualTo(31);
	}

	@Test
	void aNameThatFitsIsKeptWithItsNumberAndWithoutCharactersExcelRefuses() {
		assertThat(ReportWorkbook.sheetName(3, "Alder og kjønn", new HashSet<>())).isEqualTo("3 Alder og kjønn");
		assertThat(ReportWorkbook.sheetName(4, "Inn/ut: [team]'s", new HashSet<>())).isEqualTo("4 Inn ut team s");
	}

	@Test
	void theNumberKeepsNamesUniqueWhenTitlesRepeat() {
		var used = new HashSet<String>();
		assertThat(ReportWorkbook.sheetName(5, "Tema", used)).isEqualTo("5 Tema");
		assertThat(ReportWorkbook.sheetName(6, "Tema", used)).isEqualTo("6 Tema");
		assertThat(used).hasSize(2);
	}

}
