package org.copro.accountability;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One answer to a piece of input: what was done, with what status, by whom and when.
 * Answers are never changed; a later one supersedes it and the earlier ones stay as the
 * history.
 */
@Entity
@Table(name = "acc_response")
class Response {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long inputId;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.PLANNED;

	@Column(name = "body")
	private String text = "";

	private @Nullable String reason;

	private String language = "en";

	private @Nullable Long responderId;

	/**
	 * The responder's name when they answered, so that the log still says who after a
	 * change of name.
	 */
	private @Nullable String responderName;

	private Instant respondedAt = Instant.now();

	protected Response() {
	}

	Response(long inputId, ActionStatus status, String text, @Nullable String reason, String language,
			AccountId responder, String responderName, Instant respondedAt) {
		this.inputId = inputId;
		this.status = status;
		this.text = text.strip();
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
		this.language = language;
		this.responderId = responder.value();
		this.responderName = responderName;
		this.respondedAt = respondedAt;
	}

	void forgetResponder() {
		this.responderId = null;
		this.responderName = null;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Response not saved yet");
		}
		return id;
	}

	long inputId() {
		return inputId;
	}

	ActionStatus status() {
		return status;
	}

	String text() {
		return text;
	}

	@Nullable String reason() {
		return reason;
	}

	/** The language the text and the reason are written in: {@code en} or {@code cy}. */
	String language() {
		return language;
	}

	@Nullable AccountId responder() {
		return responderId == null ? null : new AccountId(responderId);
	}

	@Nullable String responderName() {
		return responderName;
	}

	Instant respondedAt() {
		return respondedAt;
	}

}
