package org.copro.knowledge;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;

/**
 * A comment, or a reply to the comment {@code parent}, and the language it is written in.
 */
class CommentForm extends TextLanguageForm {

	private String body = "";

	private @Nullable Long parent;

	public String getBody() {
		return body;
	}

	public void setBody(@Nullable String body) {
		this.body = body == null ? "" : body;
	}

	public @Nullable Long getParent() {
		return parent;
	}

	public void setParent(@Nullable Long parent) {
		this.parent = parent;
	}

}
