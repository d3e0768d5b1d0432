package org.copro.web;

import org.springframework.context.i18n.LocaleContextHolder;

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

}
