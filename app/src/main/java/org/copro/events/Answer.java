package org.copro.events;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * An answer to an exercise question: given live by a participant, or entered afterwards
 * by a facilitator on behalf of the room (then attributed to no one). Summaries never
 * show who answered.
 */
@Entity
@Table(name = "ev_answer")
class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private long questionId;

	private String text = "";

	private String language = "en";

	private @Nullable Long authorId;

	private boolean onBehalf;

	private @Nullable String theme;

	private Instant createdAt = Instant.now();

	protected Answer() {
	}

	Answer(long eventId, long questionId, String text, String language, @Nullable AccountId author, boolean onBehalf) {
		this.eventId = eventId;
		this.questionId = questionId;
		this.text = text.strip();
		this.language = language;
		this.authorId = author == null ? null : author.value();
		this.onBehalf = onBehalf;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Answer not saved yet");
		}
		return id;
	}

	long eventId() {
		return eventId;
	}

	long questionId() {
		return questionId;
	}

	public String text() {
		return text;
	}

	/** The language the answer is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	@Nullable Long authorId() {
		return authorId;
	}

	boolean onBehalf() {
		return onBehalf;
	}

	public @Nullable String theme() {
		return theme;
	}

	void theme(@Nullable String theme) {
		this.theme = theme == null || theme.isBlank() ? null : theme.strip();
	}

	Instant createdAt() {
		return createdAt;
	}

	void anonymise() {
		this.authorId = null;
	}

}
