package org.copro.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A comment on an entry, or a reply to one; it shows its author's display name, never
 * their email.
 */
@Entity
@Table(name = "kb_comment")
// An update writes only what changed, so that an edit begun before the author's
// account was deleted does not bring their name back
// (KnowledgeCommentRepository.forgetAuthor).
@DynamicUpdate
class KnowledgeComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long entryId;

	private @Nullable Long parentId;

	private @Nullable Long authorAccount;

	private String authorName = "";

	private String body = "";

	private String language = "en";

	private boolean hidden;

	private int reportCount;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected KnowledgeComment() {
	}

	KnowledgeComment(long entryId, @Nullable Long parentId, long authorAccount, String authorName, String body,
			String language) {
		this.entryId = entryId;
		this.parentId = parentId;
		this.authorAccount = authorAccount;
		this.authorName = authorName;
		this.body = body;
		this.language = language;
	}

	// Showing it again is an update of its own (KnowledgeCommentRepository.show), so that
	// a report counted meanwhile is not overwritten.
	void hide() {
		this.hidden = true;
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("Comment not saved yet");
		}
		return id;
	}

	public long entryId() {
		return entryId;
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public @Nullable Long authorAccount() {
		return authorAccount;
	}

	public String authorName() {
		return authorName;
	}

	public String body() {
		return body;
	}

	/** The language the body is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public boolean hidden() {
		return hidden;
	}

	public int reportCount() {
		return reportCount;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
