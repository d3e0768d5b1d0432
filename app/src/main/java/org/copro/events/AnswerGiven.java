package org.copro.events;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.jspecify.annotations.Nullable;

/**
 * An answer was given to an event's group exercise: input that deserves a visible
 * response.
 *
 * @param event the event's id
 * @param answer the answer's id
 * @param author who gave it, or null when a facilitator entered it on behalf of the room
 * @param text what was said
 * @param language the language it is written in, {@code en} or {@code cy}
 */
public record AnswerGiven(long event, long answer, @Nullable AccountId author, String text,
		String language) implements InputReceived {

	@Override
	public String tool() {
		return "events";
	}

	@Override
	public String reference() {
		return "answer:" + answer;
	}

	@Override
	public @Nullable Long authorAccount() {
		return author == null ? null : author.value();
	}

	@Override
	public String excerpt() {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

	@Override
	public String path() {
		return "/events/" + event + "/summary";
	}
}
