package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a moderator hides a comment: shown in the comment's place. */
class HideForm {

	@NotBlank(message = "{proposals.hide.reason.required}")
	@Size(max = ProposalComment.MAX_REASON, message = "{proposals.hide.reason.tooLong}")
	private String reason = "";

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason.strip();
	}

}
