package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/**
 * A change to what is proposed, made while the decision is open (for example to meet an
 * objection).
 */
class AmendForm {

	@NotBlank(message = "{decisions.title.required}")
	@Size(max = 200, message = "{decisions.title.too-long}")
	private String title = "";

	@NotBlank(message = "{decisions.details.required}")
	@Size(max = 10000, message = "{decisions.details.too-long}")
	private String details = "";

	@NotNull(message = "{decisions.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{decisions.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDetails() {
		return details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public @Nullable String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	/** The language once the form is valid. */
	String language() {
		return java.util.Objects.requireNonNull(language);
	}

}
