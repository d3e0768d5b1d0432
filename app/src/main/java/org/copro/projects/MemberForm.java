package org.copro.projects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class MemberForm {

	@NotBlank(message = "{projects.member.email.required}")
	@Email(message = "{projects.member.email.invalid}")
	@Size(max = 320, message = "{projects.member.email.invalid}")
	private String email = "";

	private String role = "COMMUNITY_MEMBER";

	private boolean coLead;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public boolean isCoLead() {
		return coLead;
	}

	public void setCoLead(boolean coLead) {
		this.coLead = coLead;
	}

}
