package org.copro.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** A participant's new statement. */
class StatementForm extends TextLanguageForm {

	@NotBlank(message = "{conversations.statement.required}")
	@Size(max = ConversationStatement.MAX_LENGTH, message = "{conversations.statement.tooLong}")
	private String text = "";

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text.strip();
	}

}
