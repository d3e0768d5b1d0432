package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** The proposer's response that addresses an objection. */
class ResponseForm extends TextLanguageForm {

	@NotBlank(message = "{decisions.objection.response.required}")
	@Size(max = 5000, message = "{decisions.objection.response.too-long}")
	private String response = "";

	public String getResponse() {
		return response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

}
