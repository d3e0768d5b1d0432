package org.copro.identity;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see who has an account and change their roles.
 */
@Controller
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	private final Accounts accounts;

	private final IdentityPermissions permissions;

	AccountAdminController(Accounts accounts, IdentityPermissions permissions) {
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@GetMapping("/admin/users")
	String showUsers(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", accounts.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("roles", Role.values());
		return "identity/admin/users";
	}

	@PostMapping("/admin/users/{id}/role")
	String processRoleForm(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Role newRole = Arrays.stream(Role.values())
			.filter(role -> role.name().equals(form.getRole()))
			.findFirst()
			.orElse(null);
		if (newRole == null) {
			// Only the role is for the administrator to put right; a page number that
			// does
			// not bind shows the first page.
			result.rejectValue("role", "identity.admin.role.unknown");
			FormErrors.refuse(response);
			model.addAttribute("roleAccount", id);
			return showUsers(form.getPage(), model);
		}
		AccountSummary target = accounts.summary(new AccountId(id));
		if (!permissions.canChangeRole(me, target, newRole)) {
			redirect.addFlashAttribute("error", "identity.admin.role.lastAdministrator");
			return "redirect:/admin/users";
		}
		accounts.changeRole(new AccountId(target.id()), newRole);
		redirect.addFlashAttribute("notice", "identity.admin.role.changed");
		redirect.addFlashAttribute("noticeArgument", target.displayName());
		return "redirect:/admin/users";
	}

}
