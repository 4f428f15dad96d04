package no.feltlogg.team;

import java.util.UUID;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Role;

/** The administrator's pages for teams and staff accounts. */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final AccountAdministration administration;

	private final PasswordPolicy passwordPolicy;

	AdminController(AccountAdministration administration, PasswordPolicy passwordPolicy) {
		this.administration = administration;
		this.passwordPolicy = passwordPolicy;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/accounts")
	String accounts(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("accounts", administration.accounts(admin));
		return "admin/accounts";
	}

	@GetMapping("/accounts/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("form", AccountForm.empty());
		return accountForm(admin, model);
	}

	@PostMapping("/accounts/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser admin,
			@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkTeam(admin, form.role(), form.teamId(), result);
		if (!result.hasFieldErrors("username") && administration.usernameTaken(form.username())) {
			FormErrors.reject(result, "username", "account.username.taken");
		}
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problem(form.password(), form.username())
				.ifPresent(problem -> FormErrors.reject(result, "password", problem));
		}
		if (result.hasErrors()) {
			return accountForm(admin, model);
		}
		administration.create(admin, form.username(), form.displayName(), form.role(), form.teamId(), form.password());
		redirect.addFlashAttribute("message", "admin.account.created");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/accounts/{id}")
	String initEditForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		var account = administration.account(admin, id);
		model.addAttribute("form", new AccountEditForm(account.getDisplayName(), account.getRole(), account.getTeamId(),
				account.getVersion()));
		return editForm(admin, account, model);
	}

	@PostMapping("/accounts/{id}")
	String processEditForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AccountEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkTeam(admin, form.role(), form.teamId(), result);
		var account = administration.account(admin, id);
		if (form.role() != null && AccountAdministration.isOwnRoleOrTeamChange(admin, account, form.role(),
				form.role().belongsToTeam() ? form.teamId() : null)) {
			FormErrors.reject(result, "role", "admin.account.ownRole");
		}
		if (result.hasErrors()) {
			return editForm(admin, account, model);
		}
		administration.update(admin, id, form.version(), form.displayName(), form.role(), form.teamId());
		redirect.addFlashAttribute("message", "admin.account.saved");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		if (id.equals(admin.accountId())) {
			redirect.addFlashAttribute("error", "admin.account.disableSelf");
		}
		else {
			administration.setEnabled(admin, id, false);
			redirect.addFlashAttribute("message", "admin.account.disabled");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/accounts/{id}/enable")
	String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.setEnabled(admin, id, true);
		redirect.addFlashAttribute("message", "admin.account.enabled");
		return "redirect:/admin/accounts";
	}

	/**
	 * Removes a person's lost second factor (TOTP, recovery codes, passkeys) and ends her
	 * sessions.
	 */
	@PostMapping("/accounts/{id}/second-factor/remove")
	String removeSecondFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			RedirectAttributes redirect) {
		var removed = administration.removeSecondFactor(admin, id);
		redirect.addFlashAttribute("message",
				removed ? "admin.account.secondFactor.removed" : "admin.account.secondFactor.none");
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/accounts/{id}/password")
	String passwordLink(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		model.addAttribute("account", administration.account(admin, id));
		return "admin/password";
	}

	/**
	 * Makes a one-time link for the person to set her own password; the link is shown
	 * once, on the next page.
	 */
	@PostMapping("/accounts/{id}/password")
	String createPasswordLink(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			RedirectAttributes redirect) {
		var token = administration.createPasswordLink(admin, id);
		redirect.addFlashAttribute("link",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/password/{token}").build(token).toString());
		return "redirect:/admin/accounts/" + id + "/password";
	}

	@GetMapping("/teams")
	String teams(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("teams", administration.teams(admin));
		model.addAttribute("form", new TeamForm(""));
		return "admin/teams";
	}

	@PostMapping("/teams")
	String createTeam(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") TeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && administration.teamNameTaken(admin, form.name())) {
			FormErrors.reject(result, "name", "admin.team.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("teams", administration.teams(admin));
			return "admin/teams";
		}
		administration.createTeam(admin, form.name());
		redirect.addFlashAttribute("message", "admin.team.created");
		return "redirect:/admin/teams";
	}

	private String accountForm(CurrentUser admin, Model model) {
		model.addAttribute("teams", administration.teams(admin));
		return "admin/account-new";
	}

	private String editForm(CurrentUser admin, Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("teams", administration.teams(admin));
		model.addAttribute("hasSecondFactor", administration.hasSecondFactor(admin, account.getId()));
		return "admin/account-edit";
	}

	private void checkTeam(CurrentUser admin, @Nullable Role role, @Nullable UUID teamId, BindingResult result) {
		if (role != null && role.belongsToTeam() && teamId == null) {
			FormErrors.reject(result, "teamId", "account.team.required");
		}
		else if (!administration.isOwnTeam(admin, teamId)) {
			FormErrors.reject(result, "teamId", "account.team.unknown");
		}
	}

}
