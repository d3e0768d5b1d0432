package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/** A participant's proposal, new or edited. */
class ProposalForm {

	@NotBlank(message = "{proposals.proposal.title.required}")
	@Size(max = Proposal.MAX_TITLE, message = "{proposals.proposal.title.tooLong}")
	private String title = "";

	@NotBlank(message = "{proposals.proposal.body.required}")
	@Size(max = Proposal.MAX_BODY, message = "{proposals.proposal.body.tooLong}")
	private String body = "";

	@NotNull(message = "{proposals.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{proposals.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

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
