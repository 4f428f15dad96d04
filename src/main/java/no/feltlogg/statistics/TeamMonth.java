package no.feltlogg.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.journal.JournalCounts;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * The leader's home page figures, "the team's month": the month so far (Europe/Oslo) in
 * encounters and follow-up conversations, the referrals whose follow-up is due, and the
 * youths on each priority level now with the change since the end of last month. Counts
 * only, inside the leader's own team: nothing names a youth, and nothing leaves the team,
 * so nothing is suppressed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
public class TeamMonth {

	private final FieldworkCounts fieldwork;

	private final JournalCounts journal;

	private final ReferralCounts referrals;

	private final YouthCounts youths;

	private final Clock clock;

	TeamMonth(FieldworkCounts fieldwork, JournalCounts journal, ReferralCounts referrals, YouthCounts youths,
			Clock clock) {
		this.fieldwork = fieldwork;
		this.journal = journal;
		this.referrals = referrals;
		this.youths = youths;
		this.clock = clock;
	}

	/**
	 * A priority level's youths now and the change since the end of last month (positive:
	 * more).
	 */
	public record Level(PriorityLevel level, long youths, long change) {
	}

	/** The team's month so far. */
	public record Figures(YearMonth month, LocalDate today, long encounters, long conversations, long referralsOverdue,
			long referralsThisWeek, List<Level> levels) {
	}

	public Figures figures(CurrentUser leader) {
		var team = List.of(leader.requireTeamId());
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		var month = YearMonth.from(today);
		var soFar = new ReportingPeriod(month.atDay(1), today.plusDays(1));
		long encounters = fieldwork.totals(team, soFar).encounters();
		long conversations = journal.conversations(team, soFar).conversations();
		var due = referrals.followUpsDue(leader.requireTeamId(), today);
		var now = new EnumMap<PriorityLevel, Long>(PriorityLevel.class);
		var before = new EnumMap<PriorityLevel, Long>(PriorityLevel.class);
		youths.youthsPerLevelByMonth(team, new ReportingPeriod(month.minusMonths(1).atDay(1), today.plusDays(1)))
			.forEach(c -> (c.month().equals(month) ? now : before).merge(c.level(), c.youths(), Long::sum));
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN)
			.stream()
			.map(l -> new Level(l, count(now, l), count(now, l) - count(before, l)))
			.toList();
		return new Figures(month, today, encounters, conversations, due.overdue(), due.thisWeek(), levels);
	}

	private static long count(Map<PriorityLevel, Long> counts, PriorityLevel level) {
		return counts.getOrDefault(level, 0L);
	}

}
