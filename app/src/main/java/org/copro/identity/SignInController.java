package org.copro.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	@GetMapping("/sign-in")
	String showSignInForm(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/account";
		}
		return "identity/sign-in";
	}
}
