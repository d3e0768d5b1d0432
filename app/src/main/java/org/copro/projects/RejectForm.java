package org.copro.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a co-lead rejects an expense claim, which the claimant reads. */
class RejectForm {

	@NotBlank(message = "{projects.claim.reason.required}")
	@Size(max = 1000, message = "{projects.claim.reason.required}")
	private String reason = "";

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
