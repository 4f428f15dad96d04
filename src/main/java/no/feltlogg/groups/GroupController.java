package no.feltlogg.groups;

import java.util.HashSet;
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
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.Teams;

/**
 * The group pages: the team's groups, a group with its plan, what was held and attendance
 * per youth; creating and changing groups. Participants, sessions and attendance have
 * controllers of their own.
 */
@Controller
@RequestMapping("/groups")
class GroupController {

	private final Groups groups;

	private final Catalog catalog;

	private final Teams teams;

	private final GroupPages pages;

	GroupController(Groups groups, Catalog catalog, Teams teams, GroupPages pages) {
		this.groups = groups;
		this.catalog = catalog;
		this.teams = teams;
		this.pages = pages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", groups.list(user));
		pages.addLabels(user.requireTeamId(), model);
		return "groups/list";
	}

	@GetMapping("/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", GroupForm.empty(user.accountId(), pages.today()));
		return groupForm(user, null, model);
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var details = GroupChecks.check(form, choices(user.requireTeamId()), user.accountId(), result);
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
		pages.addLabels(user.requireTeamId(), model);
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
		var details = GroupChecks.check(form, choices(user.requireTeamId()), user.accountId(), result);
		if (details == null) {
			return groupForm(user, group, model);
		}
		groups.describe(user, id, GroupPages.version(form.version()), details);
		redirect.addFlashAttribute("message", "groups.saved");
		return "redirect:/groups/" + id;
	}

	/** What the team's lists offer a group, retired entries included. */
	private GroupChecks.Choices choices(UUID team) {
		return new GroupChecks.Choices(codes(team, CodeKind.GROUP_TYPE),
				catalog.all(team, CodeKind.SCHOOL).stream().map(CodeItem::id).collect(Collectors.toSet()),
				codes(team, CodeKind.ARENA),
				catalog.services(team).stream().map(ServiceInfo::id).collect(Collectors.toSet()),
				new HashSet<>(teams.staffNames(team).keySet()));
	}

	private Set<String> codes(UUID team, CodeKind kind) {
		return catalog.all(team, kind).stream().map(CodeItem::code).collect(Collectors.toSet());
	}

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

}
