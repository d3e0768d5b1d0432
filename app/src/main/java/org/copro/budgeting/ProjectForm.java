package org.copro.budgeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class ProjectForm extends TextLanguageForm {

	@NotBlank(message = "{budgeting.project.title.required}")
	@Size(max = 200, message = "{budgeting.project.title.too-long}")
	private String title = "";

	@NotBlank(message = "{budgeting.project.description.required}")
	@Size(max = 5000, message = "{budgeting.project.description.too-long}")
	private String description = "";

	private String cost = "";

	private String heading = "";

	@Size(max = 2000, message = "{budgeting.project.feasibility.too-long}")
	private String feasibility = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public String getFeasibility() {
		return feasibility;
	}

	public void setFeasibility(String feasibility) {
		this.feasibility = feasibility;
	}

	public String getHeading() {
		return heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

}
