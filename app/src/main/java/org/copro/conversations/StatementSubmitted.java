package org.copro.conversations;

import org.copro.identity.AccountId;

/**
 * A participant submitted a statement to a conversation: input that deserves a visible response.
 *
 * @param conversation the conversation's id
 * @param statement the statement's id
 * @param author who wrote it
 */
public record StatementSubmitted(long conversation, long statement, AccountId author) {
}
