package org.copro.events;

import jakarta.validation.constraints.Size;

/** An exercise question the organisers add, in English, Welsh or both. */
class QuestionForm {

	static final int MAX_QUESTION = 500;

	@Size(max = MAX_QUESTION, message = "{events.question.too-long}")
	private String textEn = "";

	@Size(max = MAX_QUESTION, message = "{events.question.too-long}")
	private String textCy = "";

	public String getTextEn() {
		return textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public String getTextCy() {
		return textCy;
	}

	public void setTextCy(String textCy) {
		this.textCy = textCy;
	}

}
