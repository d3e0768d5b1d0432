package org.copro.proposals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/**
 * The official answer to a proposal; a rejection must say why (checked by the
 * controller).
 */
class AnswerForm {

	@NotNull(message = "{proposals.answer.status.required}")
	private @Nullable AnswerStatus status;

	@Size(max = Proposal.MAX_BODY, message = "{proposals.answer.text.tooLong}")
	private String text = "";

	@NotNull(message = "{proposals.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{proposals.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

	static AnswerForm of(Proposal proposal) {
		AnswerForm form = new AnswerForm();
		form.setStatus(proposal.answerStatus());
		form.setText(proposal.getAnswerText() == null ? "" : proposal.getAnswerText());
		if (proposal.answerStatus() != null) {
			form.setLanguage(proposal.getAnswerLanguage());
		}
		return form;
	}

	public @Nullable AnswerStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable AnswerStatus status) {
		this.status = status;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text.strip();
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
