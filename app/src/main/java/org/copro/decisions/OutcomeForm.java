package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** The outcome statement and review date every closed decision needs. */
class OutcomeForm extends TextLanguageForm {

	@NotBlank(message = "{decisions.outcome.statement.required}")
	@Size(max = 5000, message = "{decisions.outcome.statement.too-long}")
	private String statement = "";

	private String reviewOn = "";

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

}
