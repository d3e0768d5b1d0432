package org.copro.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PasswordResetController {

	private final Accounts accounts;

	PasswordResetController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/reset-password")
	String initResetRequestForm(@ModelAttribute("form") ResetRequestForm form) {
		return "identity/reset-request";
	}

	@PostMapping("/reset-password")
	String processResetRequestForm(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result,
			HttpServletResponse response) {
		if (FormErrors.refused(result, response)) {
			return "identity/reset-request";
		}
		accounts.requestPasswordReset(form.getEmail());
		return "redirect:/reset-password/sent";
	}

	@GetMapping("/reset-password/sent")
	String showResetSent() {
		return "identity/reset-sent";
	}

	@GetMapping("/reset-password/new")
	String initNewPasswordForm(@RequestParam(defaultValue = "") String token,
			@ModelAttribute("form") NewPasswordForm form) {
		form.setToken(token);
		return accounts.resetTokenUsable(token) ? "identity/reset-form" : "identity/reset-expired";
	}

	@PostMapping("/reset-password/new")
	String processNewPasswordForm(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			HttpServletResponse response) {
		if (FormErrors.refused(result, response)) {
			return "identity/reset-form";
		}
		if (!accounts.resetPassword(form.getToken(), form.getPassword())) {
			return "identity/reset-expired";
		}
		return "redirect:/sign-in?reset";
	}

}
