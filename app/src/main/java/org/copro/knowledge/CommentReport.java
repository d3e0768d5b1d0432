package org.copro.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One person's report that a comment breaks the rules; a person reports a comment once.
 */
@Entity(name = "KnowledgeCommentReport")
@Table(name = "kb_comment_report")
class CommentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long commentId;

	private @Nullable Long reporterAccount;

	private Instant createdAt = Instant.now();

	protected CommentReport() {
	}

	CommentReport(long commentId, long reporterAccount) {
		this.commentId = commentId;
		this.reporterAccount = reporterAccount;
	}

}
