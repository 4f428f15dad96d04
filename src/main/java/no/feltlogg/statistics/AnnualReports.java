package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.team.Teams;

/**
 * Builds the leader's report for her own team: every table the council report shows, for
 * the chosen period and up to four earlier years beside it. Counting follows the domain
 * brief: a tally of six is six encounters, days are Europe/Oslo days. The section
 * builders (ADR 0045) each read their figures once per period over one
 * {@link ReportContext}; the page, the exports and the API render those same figures.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
class AnnualReports {

	static final int EARLIER_YEARS = 4;

	private final FieldworkCounts fieldwork;

	private final Teams teams;

	private final ReportComments comments;

	private final MessageSource messages;

	private final Sections sections;

	AnnualReports(FieldworkCounts fieldwork, Teams teams, ReportComments comments, MessageSource messages,
			Sections sections) {
		this.fieldwork = fieldwork;
		this.teams = teams;
		this.comments = comments;
		this.messages = messages;
		this.sections = sections;
	}

	public AnnualReport report(CurrentUser leader, ReportingPeriod period, Locale locale) {
		var team = leader.requireTeamId();
		// the earlier years with encounters, and the period itself
		var compared = new ArrayList<ReportingPeriod>();
		for (int back = EARLIER_YEARS; back >= 0; back--) {
			var shown = period.minusYears(back);
			if (back == 0 || fieldwork.totals(Set.of(team), shown).encounters() > 0) {
				compared.add(shown);
			}
		}
		var context = new ReportContext(team, period, compared,
				compared.stream().map(p -> Periods.label(p, locale)).toList(), locale, messages);
		var tables = sections.tables(context);
		var saved = comments.of(team, Periods.key(period));
		var reportSections = tables.stream().map(t -> new ReportSection(t, saved.get(t.id()))).toList();
		return new AnnualReport(team, teams.team(team).name(), period, Periods.label(period, locale),
				List.copyOf(compared), saved.get(ReportComments.FOREWORD), reportSections);
	}

	/**
	 * Saves the leader's comment to a section from a form opened at {@code version} of it
	 * ({@code null}: there was none); when someone else saved it since, nothing changes
	 * and the conflict page answers.
	 */
	@Transactional
	public void comment(CurrentUser leader, ReportingPeriod period, String section, String text,
			@Nullable Long version) {
		comments.save(leader.requireTeamId(), Periods.key(period), section, text, version, leader.accountId());
	}

	/**
	 * The version of each saved comment of the team's report for a period, by section.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> commentVersions(CurrentUser leader, ReportingPeriod period) {
		return comments.versions(leader.requireTeamId(), Periods.key(period));
	}

	/** Every section builder of the report in the order its tables appear (ADR 0045). */
	@org.springframework.stereotype.Component
	static class Sections {

		final EncounterSections encounters;

		final FollowUpSections followUp;

		final YouthSections youths;

		final ReferralSections referrals;

		final InformationSections information;

		final CountedSections counted;

		Sections(EncounterSections encounters, FollowUpSections followUp, YouthSections youths,
				ReferralSections referrals, InformationSections information, CountedSections counted) {
			this.encounters = encounters;
			this.followUp = followUp;
			this.youths = youths;
			this.referrals = referrals;
			this.information = information;
			this.counted = counted;
		}

		/** The report's tables, each section's figures read once per compared period. */
		List<Table> tables(ReportContext context) {
			var encounterFigures = each(context, encounters::figures);
			var followUpFigures = each(context, followUp::figures);
			var youthFigures = each(context, youths::figures);
			var tables = new ArrayList<Table>(encounters.tables(context, encounters.labels(context), encounterFigures));
			tables.add(followUp.conversations(context, followUpFigures));
			tables.add(youths.registered(context, youthFigures));
			tables.addAll(followUp.groups(context, followUpFigures));
			tables.addAll(referrals.tables(context, each(context, referrals::figures)));
			tables.addAll(youths.priority(context, youthFigures));
			tables.add(encounters.shiftTime(context, encounterFigures));
			// information and attitude work, and the schools (ADR 0036)
			tables.addAll(information.tables(context, each(context, information::figures)));
			// counted the way the teams count (ADR 0038)
			tables.addAll(counted.tables(context, counted.figures(context)));
			return tables;
		}

		private static <F> List<F> each(ReportContext context, BiFunction<ReportContext, ReportingPeriod, F> figures) {
			return context.compared().stream().map(p -> figures.apply(context, p)).toList();
		}

	}

}
