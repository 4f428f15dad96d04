package no.feltlogg.groups;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;

/**
 * A group's sessions: planning one or a weekly series, its page, changing, cancelling and
 * reinstating it.
 */
@Controller
@RequestMapping("/groups/{id}/sessions")
class SessionController {

	private final Groups groups;

	private final Sessions sessions;

	private final Attendances attendances;

	private final Catalog catalog;

	private final GroupPages pages;

	SessionController(Groups groups, Sessions sessions, Attendances attendances, Catalog catalog, GroupPages pages) {
		this.groups = groups;
		this.sessions = sessions;
		this.attendances = attendances;
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/new")
	String initSessionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var group = groups.group(user, id);
		var today = pages.today();
		model.addAttribute("form",
				SessionForm.planned(today.isBefore(group.getStartsOn()) ? group.getStartsOn() : today));
		return sessionForm(user, group, null, model);
	}

	@PostMapping("/new")
	String processSessionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var group = groups.group(user, id);
		int repetitions = SessionChecks.repetitions(form, result);
		var details = SessionChecks.check(form, group, null, repetitions, themes(user), pages.today(), result);
		if (details != null) {
			SessionChecks.checkTakingAttendance(form, details, repetitions, pages.today(), result);
		}
		if (details == null || result.hasErrors()) {
			return sessionForm(user, group, null, model);
		}
		if (repetitions > 1) {
			int planned = sessions.planSeries(user, id, details, repetitions, 1);
			redirect.addFlashAttribute("message", "groups.session.seriesPlanned");
			redirect.addFlashAttribute("messageArg", planned);
			return "redirect:/groups/" + id;
		}
		var sessionId = sessions.planSession(user, id, details);
		if (form.takeAttendance()) {
			return "redirect:/groups/" + id + "/sessions/" + sessionId + "/attendance";
		}
		redirect.addFlashAttribute("message", "groups.session.planned");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{sessionId}")
	String showSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			Model model) {
		var page = groups.page(user, id);
		var session = sessions.session(user, id, sessionId);
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		model.addAttribute("groupSession", session);
		model.addAttribute("rows", attendances.sheet(user, page, session));
		model.addAttribute("anonymous", page.anonymous(session));
		model.addAttribute("ageBands", catalog.all(user.requireTeamId(), CodeKind.AGE_BAND));
		model.addAttribute("genders", GroupPages.COUNTED_GENDERS);
		pages.addLabels(user.requireTeamId(), model);
		return "groups/session";
	}

	@GetMapping("/{sessionId}/edit")
	String initSessionEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, Model model) {
		var group = groups.group(user, id);
		var session = sessions.session(user, id, sessionId);
		model.addAttribute("form", SessionForm.of(session));
		return sessionForm(user, group, session, model);
	}

	@PostMapping("/{sessionId}/edit")
	String processSessionEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var session = sessions.session(user, id, sessionId);
		var details = SessionChecks.check(form, group, session, 1, themes(user), pages.today(), result);
		if (details == null || result.hasErrors()) {
			return sessionForm(user, group, session, model);
		}
		sessions.describeSession(user, id, sessionId, GroupPages.version(form.version()), details);
		redirect.addFlashAttribute("message", "groups.session.saved");
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	@PostMapping("/{sessionId}/cancel")
	String cancelSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			RedirectAttributes redirect) {
		var session = sessions.session(user, id, sessionId);
		if (session.isPlanned()) {
			sessions.cancelSession(user, id, sessionId);
			redirect.addFlashAttribute("message", "groups.session.cancelled");
		}
		else {
			redirect.addFlashAttribute("error", "groups.session.cannotCancel");
		}
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	@PostMapping("/{sessionId}/reinstate")
	String reinstateSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID sessionId, RedirectAttributes redirect) {
		var session = sessions.session(user, id, sessionId);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			sessions.reinstateSession(user, id, sessionId);
			redirect.addFlashAttribute("message", "groups.session.reinstated");
		}
		return "redirect:/groups/" + id + "/sessions/" + sessionId;
	}

	/** The team's themes, retired ones included. */
	private Set<String> themes(CurrentUser user) {
		return catalog.all(user.requireTeamId(), CodeKind.THEME)
			.stream()
			.map(CodeItem::code)
			.collect(Collectors.toSet());
	}

	private String sessionForm(CurrentUser user, ActivityGroup group, @Nullable GroupSession session, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("groupSession", session);
		model.addAttribute("themes", catalog.all(user.requireTeamId(), CodeKind.THEME));
		return "groups/session-form";
	}

}
