package org.copro.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class AimForm {

	@NotBlank(message = "{projects.aim.required}")
	@Size(max = 2000, message = "{projects.aim.too-long}")
	private String text = "";

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
