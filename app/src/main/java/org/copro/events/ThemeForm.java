package org.copro.events;

import jakarta.validation.constraints.Size;

/** The theme an organiser gives to one group of answers to a question. */
class ThemeForm {

	static final int MAX_THEME = 200;

	private long question;

	private String key = "";

	@Size(max = MAX_THEME, message = "{events.summary.theme.too-long}")
	private String theme = "";

	public long getQuestion() {
		return question;
	}

	public void setQuestion(long question) {
		this.question = question;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

}
