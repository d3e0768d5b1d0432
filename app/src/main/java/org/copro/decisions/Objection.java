package org.copro.decisions;

import java.time.Instant;

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

/** An objection to a consent decision, and the proposer's response that addressed it. */
@Entity
@Table(name = "decisions_objection")
// An update writes only what changed, so that an objection addressed just as its
// objector's account is deleted keeps the objector forgotten
// (ObjectionRepository.forgetObjector).
@DynamicUpdate
class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long decisionId;

	private @Nullable Long objectorId;

	private String text = "";

	private String language = "en";

	@Enumerated(EnumType.STRING)
	private ObjectionStatus status = ObjectionStatus.OPEN;

	private @Nullable String response;

	private String responseLanguage = "en";

	private Instant raisedAt = Instant.now();

	private @Nullable Instant respondedAt;

	@Version
	private long version;

	protected Objection() {
	}

	Objection(long decisionId, AccountId objector, String text, String language) {
		this.decisionId = decisionId;
		this.objectorId = objector.value();
		this.text = text.strip();
		this.language = language;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Objection not saved yet");
		}
		return id;
	}

	long decisionId() {
		return decisionId;
	}

	@Nullable AccountId objector() {
		return objectorId == null ? null : new AccountId(objectorId);
	}

	public String text() {
		return text;
	}

	/** The language the objection is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public ObjectionStatus status() {
		return status;
	}

	public boolean open() {
		return status == ObjectionStatus.OPEN;
	}

	public @Nullable String response() {
		return response;
	}

	/** The language the response is written in: {@code en} or {@code cy}. */
	public String responseLanguage() {
		return responseLanguage;
	}

	public Instant raisedAt() {
		return raisedAt;
	}

	public @Nullable Instant respondedAt() {
		return respondedAt;
	}

	void restate(String newText, String newLanguage) {
		text = newText.strip();
		language = newLanguage;
	}

	void address(String answer, String answerLanguage) {
		status = ObjectionStatus.ADDRESSED;
		response = answer.strip();
		responseLanguage = answerLanguage;
		respondedAt = Instant.now();
	}

	void withdraw() {
		status = ObjectionStatus.WITHDRAWN;
	}

}
