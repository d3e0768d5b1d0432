package org.copro.conversations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A statement as pages show it; {@code author} is null for a former participant. */
record StatementView(long id, String text, String language, StatementStatus status, boolean meta, boolean seed,
		@Nullable String author, Instant createdAt) {

	static StatementView of(ConversationStatement statement, @Nullable String author) {
		return new StatementView(statement.id(), statement.text(), statement.language(), statement.status(),
				statement.meta(), statement.seed(), author, statement.createdAt());
	}
}
