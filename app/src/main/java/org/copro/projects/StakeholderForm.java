package org.copro.projects;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

class StakeholderForm {

	@Size(max = 200, message = "{projects.stakeholder.name.too-long}")
	private String name = "";

	private String kind = "GROUP";

	private String interest = "3";

	private String influence = "3";

	private String status = "NOT_INVITED";

	private List<String> groups = new ArrayList<>();

	private String organisationId = "";

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getInterest() {
		return interest;
	}

	public void setInterest(String interest) {
		this.interest = interest;
	}

	public String getInfluence() {
		return influence;
	}

	public void setInfluence(String influence) {
		this.influence = influence;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public List<String> getGroups() {
		return groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

}
