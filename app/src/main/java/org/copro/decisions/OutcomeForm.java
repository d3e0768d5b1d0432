package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/** The outcome statement and review date every closed decision needs. */
class OutcomeForm {

	@NotBlank(message = "{decisions.outcome.statement.required}")
	@Size(max = 5000, message = "{decisions.outcome.statement.too-long}")
	private String statement = "";

	private String reviewOn = "";

	@NotNull(message = "{decisions.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{decisions.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

	public String getStatement() {
		return statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	public String getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(String reviewOn) {
		this.reviewOn = reviewOn;
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
