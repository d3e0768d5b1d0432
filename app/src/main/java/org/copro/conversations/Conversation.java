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
import org.jspecify.annotations.Nullable;

/** A question put to participants, with the settings its facilitator chose. */
@Entity
@Table(name = "conv_conversation")
class Conversation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String question = "";

	private String language = "en";

	@Column(name = "is_open")
	private boolean open;

	private boolean participantStatements;

	@Enumerated(EnumType.STRING)
	private ModerationMode moderation = ModerationMode.VISIBLE_AFTER_REVIEW;

	private long facilitatorId;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Conversation() {
	}

	Conversation(String title, String question, boolean open, boolean participantStatements, ModerationMode moderation,
			AccountId facilitator, String language) {
		this.language = language;
		this.title = title.strip();
		this.question = question.strip();
		this.open = open;
		this.participantStatements = participantStatements;
		this.moderation = moderation;
		this.facilitatorId = facilitator.value();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Conversation not saved yet");
		}
		return id;
	}

	String title() {
		return title;
	}

	/** The language the title, question and seed statements are written in. */
	String language() {
		return language;
	}

	String question() {
		return question;
	}

	boolean open() {
		return open;
	}

	boolean participantStatements() {
		return participantStatements;
	}

	ModerationMode moderation() {
		return moderation;
	}

	AccountId facilitator() {
		return new AccountId(facilitatorId);
	}

	Instant createdAt() {
		return createdAt;
	}

	void reopen() {
		this.open = true;
	}

	void close() {
		this.open = false;
	}

	/** Whether voters see a statement in this status. */
	boolean shows(StatementStatus status) {
		return status == StatementStatus.ACCEPTED
				|| (status == StatementStatus.PENDING && moderation == ModerationMode.VISIBLE_BEFORE_REVIEW);
	}

	// Getters for templates, which read properties.
	public long getId() {
		return id();
	}

	public String getTitle() {
		return title;
	}

	public String getLanguage() {
		return language;
	}

	public String getQuestion() {
		return question;
	}

	public boolean isOpen() {
		return open;
	}

	public boolean isParticipantStatements() {
		return participantStatements;
	}

	public ModerationMode getModeration() {
		return moderation;
	}

}
