package org.copro.budgeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A district or heading to add to a process, with its own budget. */
class HeadingForm {

	@NotBlank(message = "{budgeting.heading.name.required}")
	@Size(max = 200, message = "{budgeting.heading.name.too-long}")
	private String name = "";

	private String budget = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

}
