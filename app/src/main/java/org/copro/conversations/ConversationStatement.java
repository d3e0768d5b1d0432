package org.copro.conversations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A short statement in a conversation; its author is gone (null) once they delete their
 * account.
 */
@Entity
@Table(name = "conv_statement")
// An update writes only what changed: the author of a deleted account is forgotten by
// an update beside it (StatementRepository.forgetAuthor), which a moderator's change
// begun before must not undo.
@DynamicUpdate
class ConversationStatement {

	/** Pol.is keeps statements to the length of a tweet, so that each says one thing. */
	static final int MAX_LENGTH = 140;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long conversationId;

	private @Nullable Long authorId;

	@Column(name = "body")
	private String text = "";

	private String language = "en";

	@Enumerated(EnumType.STRING)
	private StatementStatus status = StatementStatus.PENDING;

	private boolean meta;

	private boolean seed;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected ConversationStatement() {
	}

	private ConversationStatement(long conversationId, AccountId author, String text, String language,
			StatementStatus status, boolean seed) {
		this.language = language;
		this.conversationId = conversationId;
		this.authorId = author.value();
		this.text = text.strip();
		this.status = status;
		this.seed = seed;
	}

	/**
	 * A statement the facilitator starts the conversation with: accepted from the start.
	 */
	static ConversationStatement seed(long conversationId, AccountId facilitator, String text, String language) {
		return new ConversationStatement(conversationId, facilitator, text, language, StatementStatus.ACCEPTED, true);
	}

	/** A statement a participant submits: waits for a moderator. */
	static ConversationStatement submitted(long conversationId, AccountId author, String text, String language) {
		return new ConversationStatement(conversationId, author, text, language, StatementStatus.PENDING, false);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Statement not saved yet");
		}
		return id;
	}

	long conversationId() {
		return conversationId;
	}

	@Nullable AccountId author() {
		return authorId == null ? null : new AccountId(authorId);
	}

	String text() {
		return text;
	}

	/** The language the text is written in: {@code en} or {@code cy}. */
	String language() {
		return language;
	}

	StatementStatus status() {
		return status;
	}

	boolean meta() {
		return meta;
	}

	boolean seed() {
		return seed;
	}

	Instant createdAt() {
		return createdAt;
	}

	void accept() {
		status = StatementStatus.ACCEPTED;
	}

	void reject() {
		status = StatementStatus.REJECTED;
	}

	void markMeta(boolean meta) {
		this.meta = meta;
	}

}
