package org.copro.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * The languages people write their own text in, {@code en} or {@code cy}, so that pages
 * mark each text with its language (WCAG 2.2, 3.1.2 language of parts).
 */
public final class TextLanguages {

	/** The values a form accepts, for {@code @Pattern}. */
	public static final String PATTERN = "en|cy";

	private TextLanguages() {
	}

	/**
	 * The language of the page being shown, which a new text is taken to be written in.
	 */
	public static String ofPage() {
		return "cy".equals(LocaleContextHolder.getLocale().getLanguage()) ? "cy" : "en";
	}

	/**
	 * Answers 400 when the form's {@code language} is neither value: only a changed
	 * request sends one, since the form offers radios.
	 */
	public static void refuseUnknown(BindingResult result, HttpServletResponse response) {
		if (result.hasFieldErrors("language")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

}
