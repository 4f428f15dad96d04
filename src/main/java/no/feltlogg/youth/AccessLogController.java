package no.feltlogg.youth;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CsvCells;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.SecurityLog;
import no.feltlogg.team.Teams;

/**
 * The leader's access-log pages: one youth's log, the whole team's log with filters and
 * its CSV export, and the reasons given to open restricted records. Every page that names
 * youths is logged (ADR 0025).
 */
@Controller
@RequestMapping("/youth")
class AccessLogController {

	private final LeaderLogs logs;

	private final LogLabels labels;

	private final AccessLog accessLog;

	private final SecurityLog securityLog;

	private final Teams teams;

	private final MessageSource messages;

	private final Clock clock;

	AccessLogController(LeaderLogs logs, LogLabels labels, AccessLog accessLog, SecurityLog securityLog, Teams teams,
			MessageSource messages, Clock clock) {
		this.logs = logs;
		this.labels = labels;
		this.accessLog = accessLog;
		this.securityLog = securityLog;
		this.teams = teams;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/{id}/log")
	String youthLog(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("filter") LogFilter filter, BindingResult result, Model model, Locale locale) {
		var page = logs.youthLog(user, id);
		var chosen = chosen(filter, result, null);
		var rows = page.rows().stream().filter(chosen::accepts).toList();
		show(chosen, result, model);
		model.addAttribute("log", page);
		model.addAttribute("rows", chosen.isGrouped() ? AccessLogRows.grouped(rows) : rows);
		model.addAttribute("texts", new LogTexts(labels, locale));
		model.addAttribute("people", teams.activeStaff(page.youth().teamId()));
		return "audit/youth-log";
	}

	@GetMapping("/log")
	String teamLog(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("filter") LogFilter filter,
			BindingResult result, Model model, Locale locale) {
		var today = YouthFormChecks.today(clock);
		var chosen = chosen(filter, result, today);
		var log = logs.teamLog(user, chosen.query());
		var rows = chosen.isGrouped() ? AccessLogRows.grouped(log.rows()) : log.rows();
		accessLog.listed(user, Subjects.LIST_TEAM_LOG.code(), log.named(rows));
		show(chosen, result, model);
		model.addAttribute("log", log);
		model.addAttribute("rows", rows);
		model.addAttribute("chosen", chosen);
		model.addAttribute("maxRows", LeaderLogs.MAX_ROWS);
		model.addAttribute("texts", new LogTexts(labels, locale));
		model.addAttribute("people", teams.activeStaff(user.requireTeamId()));
		return "audit/team-log";
	}

	@GetMapping("/log.csv")
	void teamLogCsv(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("filter") LogFilter filter,
			BindingResult result, Locale locale, HttpServletResponse response) throws IOException {
		var today = YouthFormChecks.today(clock);
		var chosen = chosen(filter, result, today);
		var log = logs.teamLog(user, chosen.query());
		var rows = chosen.isGrouped() ? AccessLogRows.grouped(log.rows()) : log.rows();
		var named = log.named(rows);
		accessLog.listed(user, Subjects.TEAM_LOG_EXPORT.code(), named);
		named.forEach(youthId -> securityLog.exported(user, youthId, Subjects.TEAM_LOG_EXPORT.code() + ".csv"));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tilgangslogg-" + chosen.from() + "-" + chosen.to() + ".csv")
					.build()
					.toString());
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\ufeff');
		var texts = new LogTexts(labels, locale);
		var header = List
			.of("from", "to", "views", "who", "username", "role", "youth", "action", "what", "detail", "reason",
					"result")
			.stream()
			.map(column -> messages.getMessage("audit.csv." + column, null, locale))
			.toArray(String[]::new);
		try (var csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get())) {
			for (var row : rows) {
				csv.printRecord(DateFormats.DATE_TIME.format(Oslo.local(row.firstAt())),
						DateFormats.DATE_TIME.format(Oslo.local(row.at())), row.views(),
						CsvCells.text(log.staff().getOrDefault(row.accountId(), row.username())),
						CsvCells.text(row.username()), messages.getMessage("role." + row.role(), null, locale),
						CsvCells.text(row.youthId() == null ? texts.listed(row) : log.youthName(row.youthId())),
						texts.action(row), CsvCells.text(texts.subject(row)), CsvCells.text(texts.detail(row)),
						CsvCells.text(row.reason()),
						messages.getMessage(row.allowed() ? "audit.allowed" : "audit.refused", null, locale));
			}
		}
	}

	@GetMapping("/reasons")
	String reasons(@AuthenticationPrincipal CurrentUser user, Model model) {
		var rows = logs.reasonsGiven(user);
		accessLog.listed(user, Subjects.LIST_REASONS.code(),
				rows.stream()
					.filter(row -> !row.youthName().isEmpty())
					.map(row -> Objects.requireNonNull(row.entry().youthId()))
					.toList());
		model.addAttribute("rows", rows);
		return "audit/reasons";
	}

	/**
	 * The filter as chosen, or with its unreadable parts left out (their messages are at
	 * their fields); a day "to" before "from" is refused at "to". With {@code today}, the
	 * team log's defaults fill what was not chosen.
	 */
	private static LogFilter chosen(LogFilter filter, BindingResult result, @Nullable LocalDate today) {
		var readable = result.getTarget() == null ? new LogFilter(null, null, null, null, null) : filter;
		if (readable.from() != null && readable.to() != null && readable.to().isBefore(readable.from())) {
			FormErrors.reject(result, "to", "audit.filter.toBeforeFrom");
			readable = new LogFilter(readable.person(), readable.from(), null, readable.outcome(), readable.grouped());
		}
		if (result.hasFieldErrors("from") || result.hasFieldErrors("to")) {
			readable = new LogFilter(readable.person(), result.hasFieldErrors("from") ? null : readable.from(),
					result.hasFieldErrors("to") ? null : readable.to(), readable.outcome(), readable.grouped());
		}
		return today == null ? readable : readable.forTeam(today);
	}

	/**
	 * The filter form shows what the page shows (the team log's defaults filled in), and
	 * what could not be read as typed, with its message.
	 */
	private static void show(LogFilter chosen, BindingResult result, Model model) {
		var shown = new BeanPropertyBindingResult(chosen, "filter");
		shown.addAllErrors(result);
		model.addAttribute("filter", chosen);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", shown);
		model.addAttribute("outcomes", LogFilter.LogOutcome.values());
	}

}
