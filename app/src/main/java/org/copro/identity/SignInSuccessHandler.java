package org.copro.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After signing in, the platform speaks the language the person chose in their account.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;

	SignInSuccessHandler(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/account");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInAccount account) {
			localeResolver.setLocale(request, response, account.language());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
