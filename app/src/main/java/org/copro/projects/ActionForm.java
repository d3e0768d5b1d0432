package org.copro.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class ActionForm {

	@NotBlank(message = "{projects.action.text.required}")
	@Size(max = 1000, message = "{projects.action.text.too-long}")
	private String text = "";

	private String owner = "";

	private String dueOn = "";

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

}
