package org.copro.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.web.FormErrors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	@GetMapping("/sign-in")
	String showSignInForm(Authentication authentication, @RequestParam(required = false) String error,
			@RequestParam(required = false) String reset, Model model, HttpServletResponse response) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/account";
		}
		// Spring Security sends a failed sign-in here: the page says why under 400, as
		// every form does for input it cannot take.
		if (error != null) {
			FormErrors.refuse(response);
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("reset", reset != null);
		return "identity/sign-in";
	}

}
