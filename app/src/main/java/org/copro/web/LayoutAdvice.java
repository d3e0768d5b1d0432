package org.copro.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the shared layout needs on every page: the current address for the language switch.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("otherLanguage")
	String otherLanguage(Locale locale) {
		return "cy".equals(locale.getLanguage()) ? "en" : "cy";
	}

	/** The same page in the other language; only the path and query of this site, never another host. */
	@ModelAttribute("switchLanguageUrl")
	String switchLanguageUrl(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ServletUriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
				.query(request.getQueryString())
				.replaceQueryParam("lang", otherLanguage(locale))
				.replaceQueryParam("error")
				.build()
				.toUriString();
	}
}
