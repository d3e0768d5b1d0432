package org.copro.conversations;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;

/**
 * A participant submitted a statement to a conversation: input that deserves a visible
 * response.
 *
 * @param conversation the conversation's id
 * @param statement the statement's id
 * @param author who wrote it
 * @param text what they wrote
 * @param language the language it is written in, {@code en} or {@code cy}
 */
public record StatementSubmitted(long conversation, long statement, AccountId author, String text,
		String language) implements InputReceived {

	@Override
	public String tool() {
		return "conversations";
	}

	@Override
	public String reference() {
		return "statement:" + statement;
	}

	@Override
	public Long authorAccount() {
		return author.value();
	}

	@Override
	public String excerpt() {
		return text;
	}

	@Override
	public String path() {
		return "/conversations/" + conversation;
	}
}
