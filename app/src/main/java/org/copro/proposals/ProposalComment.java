package org.copro.proposals;

import java.time.Instant;
import java.util.List;

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
 * A comment on a proposal, or a reply to another comment, with where it stands on the
 * proposal.
 */
@Entity
@Table(name = "prop_comment")
// An update writes only what changed: the author of a deleted account is forgotten by
// an update beside it (CommentRepository.forgetAuthor), which a moderator's change
// begun before must not undo.
@DynamicUpdate
class ProposalComment {

	static final int MAX_LENGTH = 2000;

	static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long proposalId;

	private @Nullable Long parentId;

	private @Nullable Long authorId;

	@Enumerated(EnumType.STRING)
	private Stance stance = Stance.NEUTRAL;

	@Column(name = "body")
	private String text = "";

	private String language = "en";

	private boolean hidden;

	private @Nullable String hiddenReason;

	private @Nullable Long hiddenBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected ProposalComment() {
	}

	ProposalComment(long proposalId, @Nullable Long parentId, AccountId author, Stance stance, String text,
			String language) {
		this.language = language;
		this.proposalId = proposalId;
		this.parentId = parentId;
		this.authorId = author.value();
		this.stance = stance;
		this.text = text.strip();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Comment not saved yet");
		}
		return id;
	}

	long proposalId() {
		return proposalId;
	}

	@Nullable Long parentId() {
		return parentId;
	}

	@Nullable AccountId author() {
		return authorId == null ? null : new AccountId(authorId);
	}

	Stance stance() {
		return stance;
	}

	String text() {
		return text;
	}

	/** The language the text is written in: {@code en} or {@code cy}. */
	String language() {
		return language;
	}

	boolean hidden() {
		return hidden;
	}

	Instant createdAt() {
		return createdAt;
	}

	void hide(String reason, AccountId moderator) {
		this.hidden = true;
		this.hiddenReason = reason.strip();
		this.hiddenBy = moderator.value();
	}

	// Getters for templates, which read properties.
	public long getId() {
		return id();
	}

	public Stance getStance() {
		return stance;
	}

	public String getLanguage() {
		return language;
	}

	public List<String> getParagraphs() {
		return Paragraphs.of(text);
	}

	public boolean isHidden() {
		return hidden;
	}

	public @Nullable String getHiddenReason() {
		return hiddenReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
