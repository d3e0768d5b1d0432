package org.copro.proposals;

import java.time.Instant;
import java.util.List;

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
 * A participant's idea in a call for ideas; its author is gone (null) once they delete
 * their account.
 */
@Entity
@Table(name = "prop_proposal")
// An update writes only what changed: the author of a deleted account is forgotten by
// an update beside it (ProposalRepository.forgetAuthor), which a facilitator's change
// begun before must not undo.
@DynamicUpdate
class Proposal {

	static final int MAX_TITLE = 150;

	static final int MAX_BODY = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long spaceId;

	private @Nullable Long authorId;

	private String title = "";

	private String body = "";

	private String language = "en";

	private boolean withdrawn;

	@Enumerated(EnumType.STRING)
	private @Nullable AnswerStatus answerStatus;

	private @Nullable String answerText;

	private String answerLanguage = "en";

	private @Nullable Long answeredBy;

	private @Nullable Instant answeredAt;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Proposal() {
	}

	Proposal(long spaceId, AccountId author, String title, String body, String language) {
		this.spaceId = spaceId;
		this.authorId = author.value();
		this.title = title.strip();
		this.body = body.strip();
		this.language = language;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Proposal not saved yet");
		}
		return id;
	}

	long spaceId() {
		return spaceId;
	}

	@Nullable AccountId author() {
		return authorId == null ? null : new AccountId(authorId);
	}

	boolean isBy(AccountId account) {
		return authorId != null && authorId == account.value();
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	/** The language the title and text are written in: {@code en} or {@code cy}. */
	String language() {
		return language;
	}

	boolean withdrawn() {
		return withdrawn;
	}

	@Nullable AnswerStatus answerStatus() {
		return answerStatus;
	}

	Instant createdAt() {
		return createdAt;
	}

	void edit(String title, String body, String language) {
		this.title = title.strip();
		this.body = body.strip();
		this.language = language;
		this.updatedAt = Instant.now();
	}

	void withdraw() {
		this.withdrawn = true;
		this.updatedAt = Instant.now();
	}

	void answer(AnswerStatus status, String text, String language, AccountId by) {
		this.answerStatus = status;
		this.answerLanguage = language;
		this.answerText = text.strip();
		this.answeredBy = by.value();
		this.answeredAt = Instant.now();
	}

	// Getters for templates, which read properties.
	public long getId() {
		return id();
	}

	public long getSpaceId() {
		return spaceId;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getLanguage() {
		return language;
	}

	public List<String> getParagraphs() {
		return Paragraphs.of(body);
	}

	public boolean isWithdrawn() {
		return withdrawn;
	}

	public @Nullable AnswerStatus getAnswerStatus() {
		return answerStatus;
	}

	public @Nullable String getAnswerText() {
		return answerText;
	}

	public String getAnswerLanguage() {
		return answerLanguage;
	}

	public List<String> getAnswerParagraphs() {
		return answerText == null ? List.of() : Paragraphs.of(answerText);
	}

	public @Nullable Instant getAnsweredAt() {
		return answeredAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
