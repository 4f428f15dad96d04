package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.YouthSummary;

/**
 * The group pages: the team's groups, a group with its plan, what was held and attendance per session and per youth;
 * creating and changing groups, adding participants and letting them leave, planning sessions and taking attendance
 * on a phone, one tap per youth.
 */
@Controller
@RequestMapping("/groups")
class GroupController {

	/** Genders shown as counters for anonymous participants: boys, girls, and other or unknown. */
	static final List<Gender> COUNTED_GENDERS = List.of(Gender.BOY, Gender.GIRL, Gender.UNKNOWN);

	/** Times as typed or sent by a time field: 18:00, 9:30. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Groups groups;

	private final Catalog catalog;

	private final Teams teams;

	private final Clock clock;

	private final AccessLog accessLog;

	GroupController(Groups groups, Catalog catalog, Teams teams, Clock clock, AccessLog accessLog) {
		this.groups = groups;
		this.catalog = catalog;
		this.teams = teams;
		this.clock = clock;
		this.accessLog = accessLog;
	}

	// ---------------------------------------------------------------- groups

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", groups.list(user));
		addLabels(user.requireTeamId(), model);
		return "groups/list";
	}

	@GetMapping("/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", GroupForm.empty(user.accountId(), today()));
		return groupForm(user, null, model);
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var details = check(user, form, result);
		if (details == null) {
			return groupForm(user, null, model);
		}
		var id = groups.create(user, details);
		redirect.addFlashAttribute("message", "groups.created");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var page = groups.page(user, id);
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		model.addAttribute("people",
				groups.read(user, page.youthIds(), Subjects.PARTICIPATION, page.group().getName()));
		addLabels(user.requireTeamId(), model);
		return "groups/detail";
	}

	@GetMapping("/{id}/edit")
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var group = groups.group(user, id);
		model.addAttribute("form", GroupForm.of(group));
		return groupForm(user, group, model);
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var details = check(user, form, result);
		if (details == null) {
			return groupForm(user, group, model);
		}
		groups.describe(user, id, version(form.version()), details);
		redirect.addFlashAttribute("message", "groups.saved");
		return "redirect:/groups/" + id;
	}

	// ---------------------------------------------------------------- participants

	@GetMapping("/{id}/participants/add")
	String initParticipantsForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", new ParticipantsForm(List.of(), FormDates.format(today())));
		return participantsForm(user, id, q, model);
	}

	@PostMapping("/{id}/participants/add")
	String processParticipantsForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String q, @Valid @ModelAttribute("form") ParticipantsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var chosen = form.youthIds() == null ? List.<UUID>of()
				: form.youthIds().stream().map(GroupController::uuid).flatMap(Optional::stream).distinct().toList();
		if (form.youthIds() != null && chosen.size() < form.youthIds().stream().distinct().count()) {
			FormErrors.reject(result, "youthIds", "groups.form.unknownCode");
		}
		else if (chosen.isEmpty()) {
			FormErrors.reject(result, "youthIds", "groups.participants.noneChosen");
		}
		var joinedOn = date(form.joinedOn(), "joinedOn", result);
		if (joinedOn != null && joinedOn.isBefore(group.getStartsOn().minusMonths(6))) {
			FormErrors.reject(result, "joinedOn", "groups.participants.joinedLongBefore");
		}
		if (joinedOn != null && !chosen.isEmpty()) {
			var candidates = groups.candidates(user, id, null)
				.stream()
				.collect(Collectors.toMap(y -> y.id(), y -> y.name()));
			var refused = new ArrayList<String>();
			for (var youthId : chosen) {
				if (!candidates.containsKey(youthId) || !groups.mayJoin(user, youthId, joinedOn)) {
					refused.add(candidates.getOrDefault(youthId, "?"));
				}
			}
			if (!refused.isEmpty()) {
				FormErrors.reject(result, "youthIds", "groups.participants.cannotJoin",
						new Object[] { String.join(", ", refused) }, null);
			}
		}
		if (result.hasErrors()) {
			return participantsForm(user, id, q, model);
		}
		groups.addParticipants(user, id, chosen, joinedOn);
		redirect.addFlashAttribute("message", "groups.participants.added");
		redirect.addFlashAttribute("messageArg", chosen.size());
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{id}/participants/{participantId}/leave")
	String initLeaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID participantId, Model model) {
		model.addAttribute("form", new LeaveForm(FormDates.format(today())));
		return leaveForm(user, id, participantId, model);
	}

	@PostMapping("/{id}/participants/{participantId}/leave")
	String processLeaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID participantId, @Valid @ModelAttribute("form") LeaveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var participant = groups.participant(user, id, participantId);
		if (participant.hasLeft()) {
			redirect.addFlashAttribute("error", "groups.leave.already");
			return "redirect:/groups/" + id;
		}
		var on = date(form.leftOn(), "leftOn", result);
		if (on != null && on.isBefore(participant.getJoinedOn())) {
			FormErrors.reject(result, "leftOn", "groups.leave.beforeJoined");
		}
		if (result.hasErrors()) {
			return leaveForm(user, id, participantId, model);
		}
		groups.leave(user, id, participantId, on);
		redirect.addFlashAttribute("message", "groups.leave.saved");
		return "redirect:/groups/" + id;
	}

	// ---------------------------------------------------------------- sessions

	@GetMapping("/{id}/sessions/new")
	String initSessionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var group = groups.group(user, id);
		var date = today().isBefore(group.getStartsOn()) ? group.getStartsOn() : today();
		model.addAttribute("form", new SessionForm(FormDates.format(date), "", "", "", "", "", "1", null, null));
		return sessionForm(user, group, null, model);
	}

	@PostMapping("/{id}/sessions/new")
	String processSessionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var details = checkSession(user, group, form, null, result);
		int repetitions = repetitions(form, result);
		if (details != null && repetitions > 1 && form.takeAttendance()) {
			FormErrors.reject(result, "repeat", "groups.session.repeatWithAttendance");
		}
		if (details != null && form.takeAttendance() && details.date().isAfter(today())) {
			FormErrors.reject(result, "date", "groups.attendance.notYet");
		}
		if (details == null || result.hasErrors()) {
			return sessionForm(user, group, null, model);
		}
		if (repetitions > 1) {
			int planned = groups.planSeries(user, id, details, repetitions, 1);
			redirect.addFlashAttribute("message", "groups.session.seriesPlanned");
			redirect.addFlashAttribute("messageArg", planned);
			return "redirect:/groups/" + id;
		}
		var sessionId = groups.planSession(user, id, details);
		if (form.takeAttendance()) {
			return "redirect:/groups/" + id + "/sessions/" + sessionId + "/attendance";
		}
		redirect.addFlashAttribute("message", "groups.session.planned");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{id}/sessions/{sessionId}")
	String showSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			Model model) {
		var page = groups.page(user, id);
		var session = groups.session(user, id, sessionId);
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		model.addAttribute("groupSession", session);
		model.addAttribute("rows", groups.sheet(user, page, session));
		model.addAttribute("anonymous", page.anonymous(session));
		model.addAttribute("ageBands", catalog.all(user.requireTeamId(), CodeKind.AGE_BAND));
		model.addAttribute("genders", COUNTED_GENDERS);
		model.addAttribute("today", today());
		addLabels(user.requireTeamId(), model);
		return "groups/session";
	}

	@GetMapping("/{id}/sessions/{sessionId}/edit")
	String initSessionEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, Model model) {
		var group = groups.group(user, id);
		var session = groups.session(user, id, sessionId);
		model.addAttribute("form", SessionForm.of(session));
		return sessionForm(user, group, session, model);
	}

	@PostMapping("/{id}/sessions/{sessionId}/edit")
	String processSessionEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var session = groups.session(user, id, sessionId);
		var details = checkSession(user, group, form, session, result);
		if (details == null || result.hasErrors()) {
			return sessionForm(user, group, session, model);
		}
		groups.describeSession(user, id, sessionId, version(form.version()), details);
		redirect.addFlashAttribute("message", "groups.session.saved");
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	@PostMapping("/{id}/sessions/{sessionId}/cancel")
	String cancelSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, RedirectAttributes redirect) {
		var session = groups.session(user, id, sessionId);
		if (session.isPlanned()) {
			groups.cancelSession(user, id, sessionId);
			redirect.addFlashAttribute("message", "groups.session.cancelled");
		}
		else {
			redirect.addFlashAttribute("error", "groups.session.cannotCancel");
		}
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	@PostMapping("/{id}/sessions/{sessionId}/reinstate")
	String reinstateSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, RedirectAttributes redirect) {
		var session = groups.session(user, id, sessionId);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			groups.reinstateSession(user, id, sessionId);
			redirect.addFlashAttribute("message", "groups.session.reinstated");
		}
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	// ---------------------------------------------------------------- attendance

	@GetMapping("/{id}/sessions/{sessionId}/attendance")
	String initAttendanceForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, Model model, RedirectAttributes redirect) {
		var page = groups.page(user, id);
		var session = groups.session(user, id, sessionId);
		var refusal = attendanceRefusal(session);
		if (refusal != null) {
			redirect.addFlashAttribute("error", refusal);
			return "redirect:/groups/" + id + "/sessions/" + sessionId;
		}
		var marks = new HashMap<String, String>();
		session.getAttendance().forEach(a -> marks.put(a.youthId().toString(), a.status().name()));
		var counts = new HashMap<String, String>();
		page.anonymous(session).forEach((key, count) -> counts.put(key, String.valueOf(count)));
		model.addAttribute("form", new AttendanceForm(marks, List.of(), counts, String.valueOf(session.getVersion())));
		model.addAttribute("missing", Set.of());
		return attendanceForm(user, page, session, model);
	}

	@PostMapping("/{id}/sessions/{sessionId}/attendance")
	String processAttendanceForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, @ModelAttribute("form") AttendanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var page = groups.page(user, id);
		var session = groups.session(user, id, sessionId);
		var refusal = attendanceRefusal(session);
		if (refusal != null) {
			redirect.addFlashAttribute("error", refusal);
			return "redirect:/groups/" + id + "/sessions/" + sessionId;
		}
		var recordable = groups.recordable(user, page, session);
		var marks = marks(form, session, recordable, result);
		var missing = new LinkedHashSet<UUID>();
		if (form.shown() != null) {
			form.shown()
				.stream()
				.map(GroupController::uuid)
				.flatMap(Optional::stream)
				.filter(y -> recordable.contains(y) && !marks.containsKey(y))
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			FormErrors.reject(result, "marks", "groups.attendance.missing");
		}
		var counts = page.group().isAllowsAnonymous() ? counts(user.requireTeamId(), form, result)
				: List.<AnonymousCount>of();
		if (result.hasErrors()) {
			model.addAttribute("missing", missing);
			return attendanceForm(user, page, session, model);
		}
		groups.takeAttendance(user, id, sessionId, version(form.version()), marks, counts);
		redirect.addFlashAttribute("message", "groups.attendance.saved");
		return "redirect:/groups/" + id;
	}

	/** Why attendance cannot be taken for a session, or null when it can. */
	private @Nullable String attendanceRefusal(GroupSession session) {
		if (session.getStatus() == SessionStatus.CANCELLED) {
			return "groups.attendance.cancelled";
		}
		if (session.getSessionDate().isAfter(today())) {
			return "groups.attendance.notYet";
		}
		return null;
	}

	/** The marks given for youths whose attendance can be recorded; a changed mark for anyone else is refused. */
	private Map<UUID, AttendanceStatus> marks(AttendanceForm form, GroupSession session, Set<UUID> recordable,
			BindingResult result) {
		var marks = new LinkedHashMap<UUID, AttendanceStatus>();
		if (form.marks() == null) {
			return marks;
		}
		for (var entry : form.marks().entrySet()) {
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			var youthId = uuid(entry.getKey());
			var status = status(entry.getValue());
			if (youthId.isEmpty() || status.isEmpty()) {
				FormErrors.reject(result, "marks", "groups.attendance.unknown");
				continue;
			}
			var current = session.attendanceOf(youthId.get()).map(Attendance::status);
			if (!recordable.contains(youthId.get())) {
				if (!current.equals(status)) {
					FormErrors.reject(result, "marks", "groups.attendance.notRecordable");
				}
				continue;
			}
			marks.put(youthId.get(), status.get());
		}
		return marks;
	}

	/** Anonymous participants as typed, checked like the encounter counters. */
	private List<AnonymousCount> counts(UUID team, AttendanceForm form, BindingResult result) {
		var cells = new ArrayList<AnonymousCount>();
		if (form.counts() == null) {
			return cells;
		}
		Set<String> bands = catalog.all(team, CodeKind.AGE_BAND)
			.stream()
			.map(CodeItem::code)
			.collect(Collectors.toSet());
		for (var entry : form.counts().entrySet()) {
			int value;
			try {
				value = entry.getValue() == null || entry.getValue().isBlank() ? 0
						: Integer.parseInt(entry.getValue().trim());
			}
			catch (NumberFormatException notANumber) {
				FormErrors.reject(result, "counts", "groups.anonymous.notANumber");
				return List.of();
			}
			if (value == 0) {
				continue;
			}
			var key = entry.getKey().split(":", 2);
			var gender = key.length == 2 ? Gender.parse(key[0]) : Optional.<Gender>empty();
			if (value < 0 || value > 999) {
				FormErrors.reject(result, "counts", "groups.anonymous.outOfRange");
				return List.of();
			}
			if (gender.isEmpty() || !bands.contains(key[1])) {
				FormErrors.reject(result, "counts", "groups.form.unknownCode");
				return List.of();
			}
			cells.add(new AnonymousCount(gender.get(), key[1], value));
		}
		return cells;
	}

	// ---------------------------------------------------------------- checks

	private @Nullable GroupDetails check(CurrentUser user, GroupForm form, BindingResult result) {
		var team = user.requireTeamId();
		if (form.typeCode() != null && !form.typeCode().isBlank()
				&& catalog.byCode(team, CodeKind.GROUP_TYPE, form.typeCode()).isEmpty()) {
			FormErrors.reject(result, "typeCode", "groups.form.unknownCode");
		}
		var schoolId = optionalId(form.schoolId(), "schoolId", result);
		if (schoolId != null && catalog.find(team, schoolId).filter(s -> s.kind() == CodeKind.SCHOOL).isEmpty()) {
			FormErrors.reject(result, "schoolId", "groups.form.unknownCode");
		}
		var arena = blankToNull(form.arenaCode());
		if (arena != null && catalog.byCode(team, CodeKind.ARENA, arena).isEmpty()) {
			FormErrors.reject(result, "arenaCode", "groups.form.unknownCode");
		}
		var serviceId = optionalId(form.serviceId(), "serviceId", result);
		if (serviceId != null && catalog.service(team, serviceId).isEmpty()) {
			FormErrors.reject(result, "serviceId", "groups.form.unknownCode");
		}
		var startsOn = date(form.startsOn(), "startsOn", result);
		LocalDate endsOn = null;
		if (blankToNull(form.endsOn()) != null) {
			endsOn = date(form.endsOn(), "endsOn", result);
			if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
				FormErrors.reject(result, "endsOn", "groups.endsOn.beforeStart");
			}
		}
		var planned = number(form.plannedSessions(), 1, 200, "plannedSessions", "groups.plannedSessions.invalid",
				result);
		var status = result.hasFieldErrors("status") ? null : enumValue(GroupStatus.class, form.status());
		if (status == null && !result.hasFieldErrors("status")) {
			FormErrors.reject(result, "status", "groups.form.unknownCode");
		}
		var recruitment = EnumSet.noneOf(Recruitment.class);
		for (var way : form.recruitment() == null ? List.<String>of() : form.recruitment()) {
			var value = enumValue(Recruitment.class, way);
			if (value == null) {
				FormErrors.reject(result, "recruitment", "groups.form.unknownCode");
			}
			else {
				recruitment.add(value);
			}
		}
		if (result.hasErrors() || startsOn == null || planned == null || status == null) {
			return null;
		}
		var staffIds = teams.staffNames(team).keySet();
		var staff = form.staff() == null ? Set.<UUID>of()
				: form.staff()
					.stream()
					.map(GroupController::uuid)
					.flatMap(Optional::stream)
					.filter(staffIds::contains)
					.collect(Collectors.toSet());
		return new GroupDetails(form.name(), form.typeCode(), schoolId, arena, serviceId, startsOn, endsOn, planned,
				recruitment, form.anonymousAllowed(), status, staff.isEmpty() ? Set.of(user.accountId()) : staff);
	}

	private @Nullable SessionDetails checkSession(CurrentUser user, ActivityGroup group, SessionForm form,
			@Nullable GroupSession existing, BindingResult result) {
		var team = user.requireTeamId();
		var date = date(form.date(), "date", result);
		if (date != null) {
			if (date.isBefore(group.getStartsOn())) {
				FormErrors.reject(result, "date", "groups.session.beforeGroup",
						new Object[] { DateFormats.DATE.format(group.getStartsOn()) }, null);
			}
			int repetitions = existing == null ? repetitions(form, result) : 1;
			var last = date.plusWeeks(repetitions - 1L);
			if (group.getEndsOn() != null && last.isAfter(group.getEndsOn())) {
				FormErrors.reject(result, repetitions > 1 ? "repeat" : "date",
						"groups.session.afterGroup", new Object[] { DateFormats.DATE.format(group.getEndsOn()) },
						null);
			}
			if (existing != null && existing.isHeld() && date.isAfter(today())) {
				FormErrors.reject(result, "date", "groups.session.heldInFuture");
			}
		}
		var startsAt = time(form.startsAt(), "startsAt", result);
		var endsAt = time(form.endsAt(), "endsAt", result);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			FormErrors.reject(result, "endsAt", "groups.session.endsBeforeStart");
		}
		var theme = blankToNull(form.themeCode());
		if (theme != null && catalog.byCode(team, CodeKind.THEME, theme).isEmpty()) {
			FormErrors.reject(result, "themeCode", "groups.form.unknownCode");
		}
		IdentifyingText.problem(form.note())
			.ifPresent(key -> FormErrors.reject(result, "note", key.replace("anonymous.text.", "groups.note.")));
		if (result.hasErrors() || date == null) {
			return null;
		}
		return new SessionDetails(date, startsAt, endsAt, theme, form.activity(), form.note());
	}

	/** Parses a date typed as dd.mm.åååå, rejecting the field when it is not one. */
	private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		var date = FormDates.parse(text);
		if (date.isEmpty()) {
			FormErrors.reject(result, field, "groups.date.invalid");
			return null;
		}
		return date.get();
	}

	/** The number of weekly sessions asked for, 1 when the field is empty; rejects anything else than 1 to 40. */
	private static int repetitions(SessionForm form, BindingResult result) {
		if (blankToNull(form.repeat()) == null) {
			return 1;
		}
		if (result.hasFieldErrors("repeat")) {
			return 1;
		}
		var value = number(form.repeat(), 1, 40, "repeat", "groups.session.repeat.invalid", result);
		return value == null ? 1 : value;
	}

	/** Parses a whole number in a range, rejecting the field when it is not one. */
	private static @Nullable Integer number(@Nullable String text, int min, int max, String field, String error,
			BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		var value = text == null ? "" : text.trim();
		if (value.matches("\\d{1,4}") && Integer.parseInt(value) >= min && Integer.parseInt(value) <= max) {
			return Integer.parseInt(value);
		}
		FormErrors.reject(result, field, error);
		return null;
	}

	/** Parses a time typed as tt:mm, or nothing; rejects the field otherwise. */
	private static @Nullable LocalTime time(@Nullable String text, String field, BindingResult result) {
		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(value, TIME);
		}
		catch (DateTimeParseException notATime) {
			FormErrors.reject(result, field, "groups.time.invalid");
			return null;
		}
	}

	/** An optional id chosen in a list; rejects the field when it is not an id. */
	private static @Nullable UUID optionalId(@Nullable String text, String field, BindingResult result) {
		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		var id = uuid(value);
		if (id.isEmpty()) {
			FormErrors.reject(result, field, "groups.form.unknownCode");
		}
		return id.orElse(null);
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String text) {
		if (text == null) {
			return null;
		}
		for (var value : type.getEnumConstants()) {
			if (value.name().equals(text.trim())) {
				return value;
			}
		}
		return null;
	}

	/** The version a form was rendered with; a form without one is treated as stale. */
	private static long version(@Nullable String text) {
		try {
			return text == null ? -1 : Long.parseLong(text.trim());
		}
		catch (NumberFormatException notAVersion) {
			return -1;
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static Optional<AttendanceStatus> status(String text) {
		return Optional.ofNullable(enumValue(AttendanceStatus.class, text));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	// ---------------------------------------------------------------- pages

	private String groupForm(CurrentUser user, @Nullable ActivityGroup group, Model model) {
		var team = user.requireTeamId();
		model.addAttribute("group", group);
		model.addAttribute("types", catalog.all(team, CodeKind.GROUP_TYPE));
		model.addAttribute("schools", catalog.all(team, CodeKind.SCHOOL));
		model.addAttribute("arenas", catalog.all(team, CodeKind.ARENA));
		model.addAttribute("services", catalog.services(team));
		model.addAttribute("staffMembers", teams.activeStaff(team));
		model.addAttribute("recruitments", Recruitment.values());
		model.addAttribute("statuses", GroupStatus.values());
		return "groups/form";
	}

	private String participantsForm(CurrentUser user, UUID id, @Nullable String q, Model model) {
		var group = groups.group(user, id);
		model.addAttribute("group", group);
		model.addAttribute("q", q == null ? "" : q);
		var candidates = groups.candidates(user, id, q);
		accessLog.listed(user, Subjects.LIST_CANDIDATES, candidates.stream().map(YouthSummary::id).toList());
		model.addAttribute("candidates", candidates);
		return "groups/participants";
	}

	private String leaveForm(CurrentUser user, UUID id, UUID participantId, Model model) {
		var group = groups.group(user, id);
		var participant = groups.participant(user, id, participantId);
		model.addAttribute("group", group);
		model.addAttribute("participant", participant);
		model.addAttribute("person", groups
			.read(user, List.of(participant.getYouthId()), Subjects.PARTICIPATION, group.getName())
			.get(participant.getYouthId()));
		return "groups/leave";
	}

	private String sessionForm(CurrentUser user, ActivityGroup group, @Nullable GroupSession session, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("groupSession", session);
		model.addAttribute("themes", catalog.all(user.requireTeamId(), CodeKind.THEME));
		return "groups/session-form";
	}

	private String attendanceForm(CurrentUser user, Groups.GroupPage page, GroupSession session, Model model) {
		var team = user.requireTeamId();
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		model.addAttribute("groupSession", session);
		model.addAttribute("rows", groups.sheet(user, page, session));
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("ageBands", catalog.active(team, CodeKind.AGE_BAND));
		model.addAttribute("genders", COUNTED_GENDERS);
		addLabels(team, model);
		return "groups/attendance";
	}

	private void addLabels(UUID team, Model model) {
		model.addAttribute("typeLabels", catalog.labels(team, CodeKind.GROUP_TYPE));
		model.addAttribute("themeLabels", catalog.labels(team, CodeKind.THEME));
		model.addAttribute("arenaLabels", catalog.labels(team, CodeKind.ARENA));
		var schools = new HashMap<UUID, String>();
		catalog.all(team, CodeKind.SCHOOL).forEach(s -> schools.put(s.id(), s.label()));
		model.addAttribute("schoolLabels", schools);
		var services = new HashMap<UUID, String>();
		catalog.services(team).forEach(s -> services.put(s.id(), s.name()));
		model.addAttribute("serviceLabels", services);
		model.addAttribute("staffNames", teams.staffNames(team));
		model.addAttribute("today", today());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
