package org.copro.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignUpController {

	private final Accounts accounts;

	SignUpController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/sign-up")
	String initSignUpForm(@ModelAttribute("form") SignUpForm form) {
		return "identity/sign-up";
	}

	@PostMapping("/sign-up")
	String processSignUpForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale,
			HttpServletResponse response) {
		if (FormErrors.refused(result, response)) {
			return "identity/sign-up";
		}
		accounts.signUp(form.getEmail(), form.getDisplayName(), form.getPassword(), locale);
		return "redirect:/sign-up/check-email";
	}

	@GetMapping("/sign-up/check-email")
	String showCheckEmail() {
		return "identity/check-email";
	}

	@GetMapping("/verify-email")
	String showVerifyEmail(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "identity/verify-email";
	}

	@PostMapping("/verify-email")
	String processVerifyEmail(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("verified", !token.isBlank() && accounts.verifyEmail(token));
		return "identity/email-verified";
	}

}
