package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/**
 * A change to what is proposed, made while the decision is open (for example to meet an
 * objection).
 */
class AmendForm extends TextLanguageForm {

	@NotBlank(message = "{decisions.title.required}")
	@Size(max = 200, message = "{decisions.title.too-long}")
	private String title = "";

	@NotBlank(message = "{decisions.details.required}")
	@Size(max = 10000, message = "{decisions.details.too-long}")
	private String details = "";

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

}
