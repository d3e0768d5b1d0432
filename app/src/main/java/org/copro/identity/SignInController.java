package org.copro.identity;

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
			@RequestParam(required = false) String reset, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/account";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("reset", reset != null);
		return "identity/sign-in";
	}

}
