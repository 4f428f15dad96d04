package no.feltlogg.referrals;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.ReportingPeriod;

/**
 * The referral module's count queries for statistics: plain SQL aggregates over one team
 * or several, no names, no text. A referral counts in the period of its own day
 * ({@code referred_on}); a cancelled referral never happened and is left out of every
 * count but {@link #byStatus}, which shows all. Unique youths are distinct registered
 * youths beside the occurrences. Anonymous guidance and guidance to parents are
 * occurrences of their own, counted apart.
 */
@Service
@Transactional(readOnly = true)
public class ReferralCounts {

	private static final String REFERRALS = """
			from referral
			 where team_id in (:teams) and referred_on >= :from and referred_on < :until""";

	private static final String COUNTED = REFERRALS + " and status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	ReferralCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The team's open referrals whose follow-up is due: the date has passed with no
	 * status change since it was set (overdue), or it falls from today to the end of the
	 * week (Sunday).
	 */
	public record FollowUpsDue(long overdue, long thisWeek) {
	}

	public FollowUpsDue followUpsDue(UUID team, java.time.LocalDate today) {
		var sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
		return jdbc.sql("""
				select count(*) filter (where follow_up_on < :today),
				       count(*) filter (where follow_up_on >= :today and follow_up_on <= :sunday)
				  from referral
				 where team_id = :team and status in ('PLANNED', 'SENT', 'RECEIVED') and follow_up_on is not null
				   and status_changed_on < follow_up_on""")
			.param("team", team)
			.param("today", today)
			.param("sunday", sunday)
			.query((rs, i) -> new FollowUpsDue(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * The figures of the annual report: referrals and unique youths, referrals where a
	 * worker went along (fulgt fysisk), anonymous guidance and guidance to parents.
	 */
	public record Totals(long referrals, long youths, long accompanied, long anonymousGuidance, long parentGuidance) {
	}

	/**
	 * Referrals to one service of the directory (its latest name, its kind) and the
	 * unique youths referred there.
	 */
	public record ServiceCount(UUID serviceId, String serviceName, ServiceKind kind, long referrals, long youths) {
	}

	public record KindCount(ServiceKind kind, long referrals, long youths) {
	}

	public record KindMonthCount(java.time.YearMonth month, ServiceKind kind, long referrals, long youths) {
	}

	public record FormCount(ReferralKind form, long referrals, long youths) {
	}

	public record StatusCount(ReferralStatus status, long referrals, long youths) {
	}

	/** Referrals per theme code; a referral with two themes counts under both. */
	public record ThemeCount(String theme, long referrals) {
	}

	public record GuidanceKindCount(ServiceKind kind, long guidance) {
	}

	public record ChannelCount(ParentChannel channel, long guidance) {
	}

	/**
	 * One month: referrals, unique youths referred that month, anonymous guidance and
	 * guidance to parents.
	 */
	public record MonthCount(YearMonth month, long referrals, long youths, long anonymousGuidance,
			long parentGuidance) {
	}

	public Totals totals(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select count(*), count(distinct youth_id), count(*) filter (where form = 'ACCOMPANIED'), "
					+ "(select count(*) from anonymous_guidance where team_id in (:teams) and guided_on >= :from "
					+ "and guided_on < :until), "
					+ "(select count(*) from parent_guidance where team_id in (:teams) and guided_on >= :from "
					+ "and guided_on < :until) " + COUNTED)
			.paramSource(params(teams, period))
			.query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	public List<ServiceCount> byService(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select service_id, (array_agg(service_name order by referred_on desc, created_at desc))[1], "
					+ "service_kind, count(*), count(distinct youth_id) " + COUNTED
					+ " group by service_id, service_kind order by count(*) desc, 2")
			.paramSource(params(teams, period))
			.query((rs, i) -> new ServiceCount(rs.getObject(1, UUID.class), rs.getString(2),
					ServiceKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/**
	 * Referrals by kind of service, over several teams at once: what the SLT view shows,
	 * suppressed by the caller.
	 */
	public List<KindCount> byServiceKind(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select service_kind, count(*), count(distinct youth_id) " + COUNTED
					+ " group by service_kind order by count(*) desc, 1")
			.paramSource(params(teams, period))
			.query((rs, i) -> new KindCount(ServiceKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Referrals and distinct youths by kind of service, month by month. */
	public List<KindMonthCount> byServiceKindAndMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select to_char(referred_on, 'YYYY-MM'), service_kind, count(*), count(distinct youth_id) " + COUNTED
					+ " group by 1, 2")
			.paramSource(params(teams, period))
			.query((rs, i) -> new KindMonthCount(java.time.YearMonth.parse(rs.getString(1)),
					ServiceKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	public List<FormCount> byForm(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("select form, count(*), count(distinct youth_id) " + COUNTED + " group by form order by 1")
			.paramSource(params(teams, period))
			.query((rs, i) -> new FormCount(ReferralKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Referrals by where they stand now, cancelled ones included. */
	public List<StatusCount> byStatus(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select status, count(*), count(distinct youth_id) " + REFERRALS + " group by status order by 1")
			.paramSource(params(teams, period))
			.query((rs, i) -> new StatusCount(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	public List<ThemeCount> byTheme(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select theme, count(*) from (select unnest(themes) as theme " + COUNTED
					+ ") t group by theme order by count(*) desc, theme")
			.paramSource(params(teams, period))
			.query((rs, i) -> new ThemeCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	public List<GuidanceKindCount> anonymousGuidanceByServiceKind(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select service_kind, count(*) from anonymous_guidance
				 where team_id in (:teams) and guided_on >= :from and guided_on < :until
				 group by service_kind order by count(*) desc, 1""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new GuidanceKindCount(ServiceKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
	}

	public List<ChannelCount> parentGuidanceByChannel(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select channel, count(*) from parent_guidance
				 where team_id in (:teams) and guided_on >= :from and guided_on < :until
				 group by channel order by 1""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new ChannelCount(ParentChannel.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
	}

	/** Per month of the period, months without anything left out. */
	public List<MonthCount> byMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select to_char(month, 'YYYY-MM'), sum(referrals), sum(youths), sum(anonymous), sum(parents) from (
				  select date_trunc('month', referred_on) as month, count(*) as referrals,
				         count(distinct youth_id) as youths, 0 as anonymous, 0 as parents
				  from referral where team_id in (:teams) and referred_on >= :from and referred_on < :until
				   and status <> 'CANCELLED' group by 1
				  union all
				  select date_trunc('month', guided_on), 0, 0, count(*), 0 from anonymous_guidance
				  where team_id in (:teams) and guided_on >= :from and guided_on < :until group by 1
				  union all
				  select date_trunc('month', guided_on), 0, 0, 0, count(*) from parent_guidance
				  where team_id in (:teams) and guided_on >= :from and guided_on < :until group by 1
				) months group by 1 order by 1""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	private static MapSqlParameterSource params(Collection<UUID> teams, ReportingPeriod period) {
		if (teams.isEmpty()) {
			throw new IllegalArgumentException("Counts need at least one team");
		}
		return new MapSqlParameterSource().addValue("teams", teams)
			.addValue("from", period.from())
			.addValue("until", period.until());
	}

}
