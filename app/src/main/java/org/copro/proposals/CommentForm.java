package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/** A comment on a proposal or a reply to a comment, with its stance. */
class CommentForm {

	@NotNull(message = "{proposals.comment.stance.required}")
	private @Nullable Stance stance;

	@NotBlank(message = "{proposals.comment.text.required}")
	@Size(max = ProposalComment.MAX_LENGTH, message = "{proposals.comment.text.tooLong}")
	private String text = "";

	@NotNull(message = "{proposals.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{proposals.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

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
