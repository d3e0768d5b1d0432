package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;

/** A comment on a proposal or a reply to a comment, with its stance. */
class CommentForm extends TextLanguageForm {

	@NotNull(message = "{proposals.comment.stance.required}")
	private @Nullable Stance stance;

	@NotBlank(message = "{proposals.comment.text.required}")
	@Size(max = ProposalComment.MAX_LENGTH, message = "{proposals.comment.text.tooLong}")
	private String text = "";

	public @Nullable Stance getStance() {
		return stance;
	}

	public void setStance(@Nullable Stance stance) {
		this.stance = stance;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text.strip();
	}

}
