package no.feltlogg.statistics;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.journal.JournalCounts;
import no.feltlogg.measures.MeasureCounts;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * Builds the leader's report for her own team: every table the council report shows, for the chosen period and up
 * to four earlier years beside it. Counting follows the domain brief: a tally of six is six encounters, days are
 * Europe/Oslo days. Each table is one or a few SQL aggregates; nothing loops over rows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
class AnnualReports {

	static final int EARLIER_YEARS = 4;

	/** Report genders: boys, girls, and other or unknown together. */
	static final List<String> GENDER_COLUMNS = List.of("BOY", "GIRL", "OTHER");

	private final FieldworkCounts fieldwork;

	private final YouthCounts youths;

	private final JournalCounts journal;

	private final ReferralCounts referrals;

	private final GroupCounts groups;

	private final MeasureCounts measures;

	private final Catalog catalog;

	private final Teams teams;

	private final ReportComments comments;

	private final MessageSource messages;

	private final InformationSections information;

	private final CountedSections counted;

	AnnualReports(FieldworkCounts fieldwork, YouthCounts youths, JournalCounts journal, ReferralCounts referrals,
			GroupCounts groups, Catalog catalog, Teams teams, ReportComments comments, MessageSource messages,
			InformationSections information, CountedSections counted, MeasureCounts measures) {
		this.information = information;
		this.counted = counted;
		this.measures = measures;
		this.fieldwork = fieldwork;
		this.groups = groups;
		this.referrals = referrals;
		this.youths = youths;
		this.journal = journal;
		this.catalog = catalog;
		this.teams = teams;
		this.comments = comments;
		this.messages = messages;
	}

	public AnnualReport report(CurrentUser leader, ReportingPeriod period, Locale locale) {
		var team = leader.requireTeamId();
		var teamSet = Set.of(team);
		// the earlier years with encounters, and the period itself
		var compared = new ArrayList<ReportingPeriod>();
		var totals = new ArrayList<FieldworkCounts.Totals>();
		for (int back = EARLIER_YEARS; back >= 0; back--) {
			var shown = period.minusYears(back);
			var shownTotals = fieldwork.totals(teamSet, shown);
			if (back == 0 || shownTotals.encounters() > 0) {
				compared.add(shown);
				totals.add(shownTotals);
			}
		}
		var columns = compared.stream().map(p -> Periods.label(p, locale)).toList();
		var text = new Text(locale);
		var tables = new ArrayList<Table>();

		// encounters in total and by channel, per year
		var channel = new LinkedHashMap<String, String>();
		channel.put("all", text.get("report.row.allEncounters"));
		channel.put("physical", text.get("report.row.physical"));
		channel.put("online", text.get("report.row.online"));
		tables.add(Table.of("encounters", text.get("report.table.encounters"), text.get("report.heading.channel"),
				channel, columns, totals.stream().map(t -> Map.of("all", t.encounters(), "physical", t.physical(),
						"online", t.online())).toList(), Unit.ENCOUNTERS, Chart.BAR));

		// anonymous and registered by gender, this period
		var byGender = fieldwork.byGender(teamSet, period);
		var anonymous = new HashMap<String, Long>();
		var registered = new HashMap<String, Long>();
		for (var g : byGender) {
			(g.registered() ? registered : anonymous).merge(genderColumn(g.gender()), g.count(), Long::sum);
		}
		tables.add(Table.of("anonymousRegistered", text.get("report.table.anonymousRegistered"),
				text.get("report.heading.gender"), genders(text),
				List.of(text.get("report.column.anonymous"), text.get("report.column.registered")),
				List.of(anonymous, registered), Unit.ENCOUNTERS, Chart.BAR));

		// age band by gender, this period; age band per year
		var bands = new LinkedHashMap<String, String>();
		catalog.all(team, CodeKind.AGE_BAND).forEach(b -> bands.put(b.code(), b.label()));
		var bandGender = fieldwork.byAgeBandAndGender(teamSet, period);
		var perGender = new ArrayList<Map<String, Long>>();
		for (var gender : GENDER_COLUMNS) {
			perGender.add(bandGender.stream()
				.filter(c -> genderColumn(c.gender()).equals(gender))
				.collect(Collectors.toMap(c -> c.ageBand(), c -> c.count(), Long::sum)));
		}
		bandGender.forEach(c -> bands.putIfAbsent(c.ageBand(), c.ageBand()));
		tables.add(Table.of("ageBandGender", text.get("report.table.ageBandGender"), text.get("report.heading.ageBand"),
				bands, genderLabels(text), perGender, Unit.ENCOUNTERS, Chart.BAR));
		tables.add(Table.of("ageBandYears", text.get("report.table.ageBandYears"), text.get("report.heading.ageBand"),
				bands, columns, compared.stream()
					.map(p -> fieldwork.byAgeBandAndGender(teamSet, p)
						.stream()
						.collect(Collectors.toMap(c -> c.ageBand(), c -> c.count(), Long::sum)))
					.toList(), Unit.ENCOUNTERS, Chart.BAR));

		tables.add(keyed("byArea", text.get("report.table.byArea"), text.get("report.heading.area"),
				idLabels(team, CodeKind.AREA), columns, compared, p -> fieldwork.byArea(teamSet, p)));
		tables.add(keyed("byPlace", text.get("report.table.byPlace"), text.get("report.heading.place"),
				placeLabels(team), columns, compared, p -> fieldwork.byPlace(teamSet, p)));
		tables.add(keyed("byArena", text.get("report.table.byArena"), text.get("report.heading.arena"),
				catalog.labels(team, CodeKind.ARENA), columns, compared, p -> fieldwork.byArena(teamSet, p)));

		var timeBands = catalog.all(team, CodeKind.TIME_OF_DAY);
		var timeLabels = new LinkedHashMap<String, String>();
		timeBands.forEach(b -> timeLabels.put(b.code(), b.label()));
		tables.add(Table.of("byTimeOfDay", text.get("report.table.byTimeOfDay"), text.get("report.heading.timeOfDay"),
				timeLabels, columns, compared.stream().map(p -> byTimeBand(timeBands, fieldwork.byHour(teamSet, p))).toList(),
				Unit.ENCOUNTERS, Chart.BAR));

		tables.add(keyed("byTheme", text.get("report.table.byTheme"), text.get("report.heading.theme"),
				catalog.labels(team, CodeKind.THEME), columns, compared, p -> fieldwork.byTheme(teamSet, p)));

		// by month: months of the period as rows (each month of each year apart, ADR 0038), earlier years as columns
		// beside the month of the period they fall on
		var months = new LinkedHashMap<String, String>();
		for (var m = YearMonth.from(period.from()); m.atDay(1).isBefore(period.until()); m = m.plusMonths(1)) {
			months.put(m.toString(), CountedSections.monthLabel(m, period, locale));
		}
		tables.add(Table.of("byMonth", text.get("report.table.byMonth"), text.get("report.heading.month"), months,
				columns, compared.stream().map(p -> {
					int back = period.from().getYear() - p.from().getYear();
					return fieldwork.byMonth(teamSet, p)
						.stream()
						.collect(Collectors.toMap(c -> YearMonth.parse(c.key()).plusYears(back).toString(),
								c -> c.count(), Long::sum));
				}).toList(), Unit.ENCOUNTERS, Chart.LINE));

		// follow-up: conversations (anonymous inquiries apart) and unique youths; registered youths by gender
		var followUpRows = new LinkedHashMap<String, String>();
		followUpRows.put("conversations", text.get("report.row.conversations"));
		followUpRows.put("anonymous", text.get("report.row.anonymousConversations"));
		followUpRows.put("youths", text.get("report.row.uniqueYouths"));
		tables.add(Table.of("followUp", text.get("report.table.followUp"), text.get("report.heading.followUp"),
				followUpRows, columns, compared.stream().map(p -> {
					var c = journal.conversations(teamSet, p);
					return Map.of("conversations", c.conversations(), "anonymous", c.anonymousConversations(), "youths",
							c.uniqueYouths());
				}).toList(), Unit.YOUTHS, Chart.BAR));
		tables.add(Table.of("registeredYouths", text.get("report.table.registeredYouths"),
				text.get("report.heading.gender"), genders(text), columns, compared.stream().map(p -> {
					var registeredByGender = new HashMap<String, Long>();
					youths.registeredByGender(teamSet, p)
						.forEach((g, n) -> registeredByGender.merge(genderColumn(g), n, Long::sum));
					return (Map<String, Long>) registeredByGender;
				}).toList(), Unit.YOUTHS, Chart.BAR));

		// groups: attendances and unique participants, by year and by group type
		var groupRows = new LinkedHashMap<String, String>();
		groupRows.put("attendances", text.get("report.row.attendances"));
		groupRows.put("participants", text.get("report.row.uniqueParticipants"));
		groupRows.put("anonymous", text.get("report.row.anonymousAttendances"));
		groupRows.put("held", text.get("report.row.sessionsHeld"));
		groupRows.put("planned", text.get("report.row.sessionsPlanned"));
		tables.add(Table.of("groups", text.get("report.table.groups"), text.get("report.heading.groups"), groupRows,
				columns, compared.stream().map(p -> {
					var t = groups.totals(teamSet, p);
					return Map.of("attendances", t.attendances(), "participants", t.uniqueParticipants(), "anonymous",
							t.anonymousAttendances(), "held", t.sessionsHeld(), "planned", t.sessionsPlanned());
				}).toList(), Unit.OCCURRENCES, Chart.BAR));
		var byType = groups.byGroupType(teamSet, period);
		var typeRows = new LinkedHashMap<String, String>();
		var typeLabels = catalog.labels(team, CodeKind.GROUP_TYPE);
		byType.forEach(t -> typeRows.put(t.groupType(), typeLabels.getOrDefault(t.groupType(), t.groupType())));
		tables.add(Table.of("groupsByType", text.get("report.table.groupsByType"), text.get("report.heading.groupType"),
				typeRows,
				List.of(text.get("report.row.attendances"), text.get("report.row.uniqueParticipants"),
						text.get("report.row.anonymousAttendances")),
				List.of(byType.stream().collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
						GroupCounts.TypeCount::attendances, Long::sum)),
						byType.stream().collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
								GroupCounts.TypeCount::uniqueParticipants, Long::sum)),
						byType.stream().collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
								GroupCounts.TypeCount::anonymousAttendances, Long::sum))),
				Unit.OCCURRENCES, Chart.BAR));

		// referrals and cooperation, anonymous guidance, guidance to parents
		var referralRows = new LinkedHashMap<String, String>();
		referralRows.put("referrals", text.get("report.row.referrals"));
		referralRows.put("youths", text.get("report.row.referredYouths"));
		referralRows.put("accompanied", text.get("report.row.accompanied"));
		referralRows.put("anonymousGuidance", text.get("report.row.anonymousGuidance"));
		referralRows.put("parentGuidance", text.get("report.row.parentGuidance"));
		tables.add(Table.of("referrals", text.get("report.table.referrals"), text.get("report.heading.referrals"),
				referralRows, columns, compared.stream().map(p -> {
					var t = referrals.totals(teamSet, p);
					return Map.of("referrals", t.referrals(), "youths", t.youths(), "accompanied", t.accompanied(),
							"anonymousGuidance", t.anonymousGuidance(), "parentGuidance", t.parentGuidance());
				}).toList(), Unit.OCCURRENCES, Chart.BAR));
		var twoColumns = List.of(text.get("report.column.referrals"), text.get("report.column.uniqueYouths"));
		var byService = referrals.byService(teamSet, period);
		var serviceRows = new LinkedHashMap<String, String>();
		byService.forEach(c -> serviceRows.put(c.serviceId().toString(), c.serviceName()));
		tables.add(Table.of("referralsByService", text.get("report.table.referralsByService"),
				text.get("report.heading.service"), serviceRows, twoColumns,
				List.of(byService.stream().collect(Collectors.toMap(c -> c.serviceId().toString(),
						ReferralCounts.ServiceCount::referrals, Long::sum)),
						byService.stream().collect(Collectors.toMap(c -> c.serviceId().toString(),
								ReferralCounts.ServiceCount::youths, Long::sum))),
				Unit.OCCURRENCES, Chart.BAR));
		var byForm = referrals.byForm(teamSet, period);
		var formRows = new LinkedHashMap<String, String>();
		for (var form : ReferralKind.values()) {
			formRows.put(form.name(), text.get("referrals.form." + form));
		}
		tables.add(Table.of("referralsByForm", text.get("report.table.referralsByForm"), text.get("report.heading.form"),
				formRows, twoColumns,
				List.of(byForm.stream().collect(Collectors.toMap(c -> c.form().name(), ReferralCounts.FormCount::referrals,
						Long::sum)),
						byForm.stream().collect(Collectors.toMap(c -> c.form().name(), ReferralCounts.FormCount::youths,
								Long::sum))),
				Unit.OCCURRENCES, Chart.BAR));

		// help measures for child welfare: measures running and youths, planned and recorded hours
		var measureTotals = compared.stream().map(p -> measures.totals(teamSet, p)).toList();
		var measureRows = new LinkedHashMap<String, String>();
		measureRows.put("measures", text.get("report.row.childWelfareMeasures"));
		measureRows.put("youths", text.get("report.row.childWelfareYouths"));
		tables.add(Table.of("childWelfareMeasures", text.get("report.table.childWelfareMeasures"),
				text.get("report.heading.childWelfareMeasures"), measureRows, columns,
				measureTotals.stream().map(t -> Map.of("measures", t.measures(), "youths", t.youths())).toList(),
				Unit.YOUTHS, Chart.BAR));
		var hourRows = new LinkedHashMap<String, String>();
		hourRows.put("planned", text.get("report.row.plannedHours"));
		hourRows.put("recorded", text.get("report.row.recordedHours"));
		tables.add(Table.of("childWelfareMeasureHours", text.get("report.table.childWelfareMeasureHours"),
				text.get("report.heading.time"), hourRows, columns,
				measureTotals.stream().map(t -> Map.of("planned", t.plannedHours(), "recorded", t.recordedHours())).toList(),
				Unit.HOURS, Chart.NONE));

		// priority levels per month, and movements between levels
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);
		var levelCounts = youths.youthsPerLevelByMonth(teamSet, period);
		var monthRows = new LinkedHashMap<String, String>();
		for (var m = YearMonth.from(period.from()); m.atDay(1).isBefore(period.until()); m = m.plusMonths(1)) {
			monthRows.put(m.toString(), m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
					+ (period.isCalendarYear() ? "" : " " + m.getYear()));
		}
		tables.add(Table.of("priorityByMonth", text.get("report.table.priorityByMonth"), text.get("report.heading.month"),
				monthRows, levels.stream().map(l -> text.get("youth.priority." + l)).toList(),
				levels.stream()
					.map(l -> levelCounts.stream()
						.filter(c -> c.level() == l)
						.collect(Collectors.toMap(c -> c.month().toString(), YouthCounts.LevelCount::youths, Long::sum)))
					.toList(), Unit.YOUTHS, Chart.LINE));
		var moves = new LinkedHashMap<String, String>();
		for (var from : levels) {
			for (var to : levels) {
				if (from != to) {
					moves.put(from + ">" + to, text.get("youth.priority." + from) + " → " + text.get("youth.priority." + to));
				}
			}
		}
		tables.add(Table.of("priorityMovements", text.get("report.table.priorityMovements"),
				text.get("report.heading.movement"), moves, columns, compared.stream()
					.map(p -> youths.movementsByMonth(teamSet, p)
						.stream()
						.collect(Collectors.toMap(m -> m.from() + ">" + m.to(), YouthCounts.Movement::moves, Long::sum)))
					.toList(), Unit.YOUTHS, Chart.BAR));
		var schoolLevels = new LinkedHashMap<String, String>();
		for (var level : SchoolLevel.values()) {
			schoolLevels.put(level.name(), text.get("schoolLevel." + level));
		}
		tables.add(Table.of("worrying", text.get("report.table.worrying"), text.get("report.heading.schoolLevel"),
				schoolLevels, columns, compared.stream().map(p -> {
					var bySchool = new HashMap<String, Long>();
					youths.worryingDevelopmentBySchoolLevel(teamSet, p).forEach((l, n) -> bySchool.put(l.name(), n));
					return (Map<String, Long>) bySchool;
				}).toList(), Unit.YOUTHS, Chart.BAR));

		// share of shift time spent directly with youths
		var shiftRows = new LinkedHashMap<String, String>();
		shiftRows.put("hours", text.get("report.row.shiftHours"));
		shiftRows.put("direct", text.get("report.row.directHours"));
		shiftRows.put("share", text.get("report.row.directShare"));
		tables.add(Table.of("shiftTime", text.get("report.table.shiftTime"), text.get("report.heading.time"),
				shiftRows, columns, compared.stream().map(p -> {
					var time = fieldwork.shiftTime(teamSet, p);
					return Map.of("hours", Math.round(time.minutes() / 60.0), "direct",
							Math.round(time.directMinutes() / 60.0), "share",
							time.minutes() == 0 ? 0L : Math.round(100.0 * time.directMinutes() / time.minutes()));
				}).toList(), Unit.HOURS, Chart.NONE));

		// information and attitude work, and the schools (ADR 0036)
		tables.addAll(information.tables(team, period, compared, columns, locale));

		// counted the way the teams count (ADR 0038)
		tables.addAll(counted.tables(team, period, locale));

		var key = Periods.key(period);
		var saved = comments.of(team, key);
		var sections = tables.stream().map(t -> new ReportSection(t, saved.get(t.id()))).toList();
		return new AnnualReport(team, teams.team(team).name(), period, Periods.label(period, locale),
				List.copyOf(compared), saved.get(ReportComments.FOREWORD), sections);
	}

	/**
	 * Saves the leader's comment to a section from a form opened at {@code version} of it ({@code null}: there was
	 * none); when someone else saved it since, nothing changes and the conflict page answers.
	 */
	@Transactional
	public void comment(CurrentUser leader, ReportingPeriod period, String section, String text,
			@Nullable Long version) {
		comments.save(leader.requireTeamId(), Periods.key(period), section, text, version, leader.accountId());
	}

	/** The version of each saved comment of the team's report for a period, by section. */
	@Transactional(readOnly = true)
	public Map<String, Long> commentVersions(CurrentUser leader, ReportingPeriod period) {
		return comments.versions(leader.requireTeamId(), Periods.key(period));
	}

	static String genderColumn(Gender gender) {
		return gender == Gender.BOY || gender == Gender.GIRL ? gender.name() : "OTHER";
	}

	private Table keyed(String id, String title, String heading, Map<String, String> labels, List<String> columns,
			List<ReportingPeriod> periods, Function<ReportingPeriod, List<FieldworkCounts.Count>> query) {
		var series = periods.stream()
			.map(p -> query.apply(p).stream().collect(Collectors.toMap(FieldworkCounts.Count::key,
					FieldworkCounts.Count::count, Long::sum)))
			.toList();
		// rows: the codes in use in any column, in the code list's order
		var used = new LinkedHashMap<String, String>();
		labels.forEach((k, v) -> {
			if (series.stream().anyMatch(s -> s.containsKey(k))) {
				used.put(k, v);
			}
		});
		return Table.of(id, title, heading, used, columns, series, Unit.ENCOUNTERS, Chart.BAR);
	}

	/** Places by id, with their area where the same name exists in several areas (ADR 0038). */
	private Map<String, String> placeLabels(UUID team) {
		var labels = new LinkedHashMap<String, String>();
		catalog.placeNames(team).forEach((id, name) -> labels.put(id.toString(), name));
		return labels;
	}

	private Map<String, String> idLabels(UUID team, CodeKind kind) {
		var labels = new LinkedHashMap<String, String>();
		catalog.all(team, kind).forEach(c -> labels.put(c.id().toString(), c.label()));
		return labels;
	}

	private static Map<String, Long> byTimeBand(List<CodeItem> bands, List<FieldworkCounts.Count> hours) {
		var counts = new HashMap<String, Long>();
		for (var hour : hours) {
			int h = Integer.parseInt(hour.key());
			bands.stream()
				.filter(b -> b.containsHour(h))
				.findFirst()
				.ifPresent(b -> counts.merge(b.code(), hour.count(), Long::sum));
		}
		return counts;
	}

	private static LinkedHashMap<String, String> genders(Text text) {
		var genders = new LinkedHashMap<String, String>();
		for (var g : GENDER_COLUMNS) {
			genders.put(g, text.get("report.gender." + g));
		}
		return genders;
	}

	private static List<String> genderLabels(Text text) {
		return GENDER_COLUMNS.stream().map(g -> text.get("report.gender." + g)).toList();
	}

	/** Words from the messages in the reader's language. */
	private final class Text {

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
		}

		String get(String key) {
			return messages.getMessage(key, null, locale);
		}

	}

}
