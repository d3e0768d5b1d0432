package org.copro.budgeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

class ProjectForm {

	@NotBlank(message = "{budgeting.project.title.required}")
	@Size(max = 200, message = "{budgeting.project.title.too-long}")
	private String title = "";

	@NotBlank(message = "{budgeting.project.description.required}")
	@Size(max = 5000, message = "{budgeting.project.description.too-long}")
	private String description = "";

	@NotNull(message = "{budgeting.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{budgeting.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

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
