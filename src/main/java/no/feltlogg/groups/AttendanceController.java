package no.feltlogg.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;

/**
 * Taking attendance at a session on a phone, one tap per youth, and counting anonymous
 * participants.
 */
@Controller
@RequestMapping("/groups/{id}/sessions/{sessionId}/attendance")
class AttendanceController {

	private final Groups groups;

	private final Sessions sessions;

	private final Attendances attendances;

	private final Catalog catalog;

	private final GroupPages pages;

	AttendanceController(Groups groups, Sessions sessions, Attendances attendances, Catalog catalog, GroupPages pages) {
		this.groups = groups;
		this.sessions = sessions;
		this.attendances = attendances;
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping
	String initAttendanceForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, Model model, RedirectAttributes redirect) {
		var page = groups.page(user, id);
		var session = sessions.session(user, id, sessionId);
		var refusal = AttendanceChecks.refusal(session.getStatus(), session.getSessionDate(), pages.today());
		if (refusal != null) {
			redirect.addFlashAttribute("error", refusal);
			return "redirect:/groups/" + id + "/sessions/" + sessionId;
		}
		var marks = new HashMap<String, String>();
		session.getAttendance().forEach(a -> marks.put(a.youthId().toString(), a.status().name()));
		var counts = new HashMap<String, String>();
		page.anonymous(session).forEach((key, count) -> counts.put(key, String.valueOf(count)));
		model.addAttribute("form", new AttendanceForm(marks, List.of(), counts, session.getVersion()));
		model.addAttribute("missing", Set.of());
		return attendanceForm(user, page, session, model);
	}

	@PostMapping
	String processAttendanceForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, @ModelAttribute("form") AttendanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var page = groups.page(user, id);
		var session = sessions.session(user, id, sessionId);
		var refusal = AttendanceChecks.refusal(session.getStatus(), session.getSessionDate(), pages.today());
		if (refusal != null) {
			redirect.addFlashAttribute("error", refusal);
			return "redirect:/groups/" + id + "/sessions/" + sessionId;
		}
		var recordable = attendances.recordable(user, page, session);
		var marks = AttendanceChecks.marks(form, recordable, recorded(session), result);
		var missing = AttendanceChecks.missing(form, recordable, marks, result);
		var counts = page.group().isAllowsAnonymous()
				? AttendanceChecks.counts(form, ageBands(user.requireTeamId()), result) : List.<AnonymousCount>of();
		if (result.hasErrors()) {
			model.addAttribute("missing", missing);
			return attendanceForm(user, page, session, model);
		}
		attendances.takeAttendance(user, id, sessionId, GroupPages.version(form.version()), marks, counts);
		redirect.addFlashAttribute("message", "groups.attendance.saved");
		return "redirect:/groups/" + id;
	}

	private static Map<UUID, AttendanceStatus> recorded(GroupSession session) {
		var recorded = new HashMap<UUID, AttendanceStatus>();
		session.getAttendance().forEach(a -> recorded.put(a.youthId(), a.status()));
		return recorded;
	}

	/** The team's age bands, retired ones included. */
	private Set<String> ageBands(UUID team) {
		return catalog.all(team, CodeKind.AGE_BAND).stream().map(CodeItem::code).collect(Collectors.toSet());
	}

	private String attendanceForm(CurrentUser user, GroupPage page, GroupSession session, Model model) {
		var team = user.requireTeamId();
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		model.addAttribute("groupSession", session);
		model.addAttribute("rows", attendances.sheet(user, page, session));
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("ageBands", catalog.active(team, CodeKind.AGE_BAND));
		model.addAttribute("genders", GroupPages.COUNTED_GENDERS);
		pages.addLabels(team, model);
		return "groups/attendance";
	}

}
