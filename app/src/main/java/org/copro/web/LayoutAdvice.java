package org.copro.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the shared layout needs on every page: the current address for the language
 * switch.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("otherLanguage")
	String otherLanguage(Locale locale) {
		return "cy".equals(locale.getLanguage()) ? "en" : "cy";
	}

	/**
	 * The same page in the other language; only the path and query of this site, never
	 * another host.
	 */
	@ModelAttribute("switchLanguageUrl")
	String switchLanguageUrl(HttpServletRequest request, Locale locale) {
		// On an error page, the address the person asked for, not the internal /error.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return ServletUriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
			.query(request.getQueryString())
			.replaceQueryParam("lang", otherLanguage(locale))
			.replaceQueryParam("error")
			.build()
			.toUriString();
	}

}
