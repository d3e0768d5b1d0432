package org.copro.web;

import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A form for text a person writes, which carries the language it is written in,
 * {@code en} or {@code cy}, bound from the radios of {@code fragments/language.html}.
 */
public abstract class TextLanguageForm {

	// A new text is taken to be written in the language of the page it is written on.
	@NotNull(message = "{web.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{web.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

	public @Nullable String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	/** The language once the form is valid. */
	public String language() {
		return Objects.requireNonNull(language);
	}

}
