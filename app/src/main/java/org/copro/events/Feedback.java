package org.copro.events;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An attendee's rating and comments; anonymous feedback keeps no author. */
@Entity(name = "EventFeedback")
@Table(name = "ev_feedback")
class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private @Nullable Long authorId;

	private int rating;

	private @Nullable String comments;

	private String language = "en";

	private Instant createdAt = Instant.now();

	protected Feedback() {
	}

	Feedback(long eventId, @Nullable Long authorId, int rating, @Nullable String comments, String language) {
		this.eventId = eventId;
		this.authorId = authorId;
		this.rating = rating;
		this.comments = comments == null || comments.isBlank() ? null : comments.strip();
		this.language = language;
	}

	@Nullable Long authorId() {
		return authorId;
	}

	long eventId() {
		return eventId;
	}

	public int rating() {
		return rating;
	}

	public @Nullable String comments() {
		return comments;
	}

	/** The language the comments are written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public Instant createdAt() {
		return createdAt;
	}

	void anonymise() {
		this.authorId = null;
	}

}
