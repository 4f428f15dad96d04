package no.feltlogg.statistics;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.ReportingPeriod;

/**
 * The team's report for a period, with earlier years beside it, as the page, the exports
 * and the API see it.
 */
public record AnnualReport(UUID teamId, String teamName, ReportingPeriod period, String periodLabel,
		List<ReportingPeriod> compared, @Nullable String foreword, List<ReportSection> sections) {

	public ReportSection section(String id) {
		return sections.stream().filter(s -> s.table().id().equals(id)).findFirst().orElseThrow();
	}

	/** The same report as it may leave the team: every table suppressed. */
	public AnnualReport published() {
		return new AnnualReport(teamId, teamName, period, periodLabel, compared, foreword,
				sections.stream().map(s -> new ReportSection(s.table().published(), s.comment())).toList());
	}

}
