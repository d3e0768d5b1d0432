package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** A participant's proposal, new or edited. */
class ProposalForm extends TextLanguageForm {

	@NotBlank(message = "{proposals.proposal.title.required}")
	@Size(max = Proposal.MAX_TITLE, message = "{proposals.proposal.title.tooLong}")
	private String title = "";

	@NotBlank(message = "{proposals.proposal.body.required}")
	@Size(max = Proposal.MAX_BODY, message = "{proposals.proposal.body.tooLong}")
	private String body = "";

	static ProposalForm of(Proposal proposal) {
		ProposalForm form = new ProposalForm();
		form.setTitle(proposal.title());
		form.setBody(proposal.body());
		form.setLanguage(proposal.language());
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title.strip();
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body.strip();
	}

}
