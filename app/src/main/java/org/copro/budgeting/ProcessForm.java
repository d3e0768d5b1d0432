package org.copro.budgeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class ProcessForm extends TextLanguageForm {

	@NotBlank(message = "{budgeting.title.required}")
	@Size(max = 200, message = "{budgeting.title.too-long}")
	private String title = "";

	@NotBlank(message = "{budgeting.description.required}")
	@Size(max = 5000, message = "{budgeting.description.too-long}")
	private String description = "";

	private String budget = "";

	private String currency = "GBP";

	private String minProjects = "1";

	private String maxProjects = "";

	private String rule = "MES";

	@jakarta.validation.constraints.Size(max = 200, message = "{budgeting.heading.name.too-long}")
	private String firstHeading = "";

	private String ballotType = "APPROVAL";

	private String pointsTotal = "10";

	private String pointsPerProject = "5";

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

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getMinProjects() {
		return minProjects;
	}

	public void setMinProjects(String minProjects) {
		this.minProjects = minProjects;
	}

	public String getMaxProjects() {
		return maxProjects;
	}

	public void setMaxProjects(String maxProjects) {
		this.maxProjects = maxProjects;
	}

	public String getRule() {
		return rule;
	}

	public void setRule(String rule) {
		this.rule = rule;
	}

	public String getFirstHeading() {
		return firstHeading;
	}

	public void setFirstHeading(String firstHeading) {
		this.firstHeading = firstHeading;
	}

	public String getBallotType() {
		return ballotType;
	}

	public void setBallotType(String ballotType) {
		this.ballotType = ballotType;
	}

	public String getPointsTotal() {
		return pointsTotal;
	}

	public void setPointsTotal(String pointsTotal) {
		this.pointsTotal = pointsTotal;
	}

	public String getPointsPerProject() {
		return pointsPerProject;
	}

	public void setPointsPerProject(String pointsPerProject) {
		this.pointsPerProject = pointsPerProject;
	}

}
