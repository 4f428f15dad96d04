package no.feltlogg.information;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an information event says: when, what, where (a school of the team's list or a
 * place in words), whether the team led it or took part, how many it reached in each
 * audience (pupils with their grade), its themes (codes of the THEME list) and the
 * workers who were there.
 */
public record InformationDetails(LocalDate date, InformationKind kind, @Nullable UUID schoolId, @Nullable String place,
		boolean ledByTeam, int pupils, @Nullable Integer grade, int parents, int staff, int others, List<String> themes,
		List<UUID> workers, @Nullable String note) {

	/** Everyone it reached, all audiences together. */
	public int reached() {
		return pupils + parents + staff + others;
	}

}
