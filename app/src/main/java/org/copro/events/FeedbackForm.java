package org.copro.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;

/** An attendee's feedback on an event: a rating from 1 to 5 and what they would say. */
class FeedbackForm extends TextLanguageForm {

	@NotNull(message = "{events.feedback.rating.required}")
	@Pattern(regexp = "[1-5]", message = "{events.feedback.rating.required}")
	private @Nullable String rating;

	@Size(max = EventsController.MAX_COMMENTS, message = "{events.feedback.comments.too-long}")
	private String comments = "";

	private boolean anonymous;

	public @Nullable String getRating() {
		return rating;
	}

	public void setRating(@Nullable String rating) {
		this.rating = rating;
	}

	public String getComments() {
		return comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

}
