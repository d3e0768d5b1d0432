package org.copro.proposals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;

/**
 * The official answer to a proposal; a rejection must say why (checked by the
 * controller).
 */
class AnswerForm extends TextLanguageForm {

	@NotNull(message = "{proposals.answer.status.required}")
	private @Nullable AnswerStatus status;

	@Size(max = Proposal.MAX_BODY, message = "{proposals.answer.text.tooLong}")
	private String text = "";

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

}
