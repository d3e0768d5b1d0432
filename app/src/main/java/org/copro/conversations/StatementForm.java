package org.copro.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/** A participant's new statement. */
class StatementForm {

	@NotBlank(message = "{conversations.statement.required}")
	@Size(max = ConversationStatement.MAX_LENGTH, message = "{conversations.statement.tooLong}")
	private String text = "";

	@NotNull(message = "{conversations.language.invalid}")
	@Pattern(regexp = TextLanguages.PATTERN, message = "{conversations.language.invalid}")
	private @Nullable String language = TextLanguages.ofPage();

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
