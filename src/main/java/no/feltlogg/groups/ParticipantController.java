package no.feltlogg.groups;

import java.util.List;
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
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.youth.YouthSummary;

/** A group's participants: adding youths, chosen on one screen, and letting one leave. */
@Controller
@RequestMapping("/groups/{id}/participants")
class ParticipantController {

	private final Groups groups;

	private final Participants participants;

	private final AccessLog accessLog;

	private final GroupPages pages;

	ParticipantController(Groups groups, Participants participants, AccessLog accessLog, GroupPages pages) {
		this.groups = groups;
		this.participants = participants;
		this.accessLog = accessLog;
		this.pages = pages;
	}

	@GetMapping("/add")
	String initParticipantsForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", new ParticipantsForm(List.of(), pages.today()));
		return participantsForm(user, id, q, model);
	}

	@PostMapping("/add")
	String processParticipantsForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String q, @Valid @ModelAttribute("form") ParticipantsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var group = groups.group(user, id);
		var chosen = ParticipantChecks.joining(form, group.getStartsOn(),
				() -> participants.candidates(user, id, null)
					.stream()
					.collect(Collectors.toMap(YouthSummary::id, YouthSummary::name)),
				(youthId, on) -> participants.mayJoin(user, youthId, on), result);
		if (result.hasErrors()) {
			return participantsForm(user, id, q, model);
		}
		participants.addParticipants(user, id, chosen, form.joinedOn());
		redirect.addFlashAttribute("message", "groups.participants.added");
		redirect.addFlashAttribute("messageArg", chosen.size());
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{participantId}/leave")
	String initLeaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID participantId, Model model) {
		model.addAttribute("form", new LeaveForm(pages.today()));
		return leaveForm(user, id, participantId, model);
	}

	@PostMapping("/{participantId}/leave")
	String processLeaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID participantId, @Valid @ModelAttribute("form") LeaveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var participant = participants.participant(user, id, participantId);
		if (participant.hasLeft()) {
			redirect.addFlashAttribute("error", "groups.leave.already");
			return "redirect:/groups/" + id;
		}
		ParticipantChecks.leaving(form, participant.getJoinedOn(), result);
		if (result.hasErrors()) {
			return leaveForm(user, id, participantId, model);
		}
		participants.leave(user, id, participantId, form.leftOn());
		redirect.addFlashAttribute("message", "groups.leave.saved");
		return "redirect:/groups/" + id;
	}

	private String participantsForm(CurrentUser user, UUID id, @Nullable String q, Model model) {
		var group = groups.group(user, id);
		model.addAttribute("group", group);
		model.addAttribute("q", q == null ? "" : q);
		var candidates = participants.candidates(user, id, q);
		accessLog.listed(user, Subjects.LIST_CANDIDATES.code(), candidates.stream().map(YouthSummary::id).toList());
		model.addAttribute("candidates", candidates);
		return "groups/participants";
	}

	private String leaveForm(CurrentUser user, UUID id, UUID participantId, Model model) {
		var group = groups.group(user, id);
		var participant = participants.participant(user, id, participantId);
		model.addAttribute("group", group);
		model.addAttribute("participant", participant);
		model.addAttribute("person",
				groups.read(user, List.of(participant.getYouthId()), Subjects.PARTICIPATION, group.getName())
					.get(participant.getYouthId()));
		return "groups/leave";
	}

}
