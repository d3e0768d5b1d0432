package org.copro.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** An answer to one exercise question, and the language it is written in. */
class AnswerForm extends TextLanguageForm {

	@NotBlank(message = "{events.answer.required}")
	@Size(max = EventsController.MAX_ANSWER, message = "{events.answer.too-long}")
	private String text = "";

	private boolean onBehalf;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isOnBehalf() {
		return onBehalf;
	}

	public void setOnBehalf(boolean onBehalf) {
		this.onBehalf = onBehalf;
	}

}
