package org.copro.proposals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** A participant's report that a comment breaks the rules, for a moderator to look at. */
@Entity(name = "ProposalCommentReport")
@Table(name = "prop_comment_report")
class CommentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long commentId;

	private long reporterId;

	private Instant createdAt = Instant.now();

	protected CommentReport() {
	}

	CommentReport(long commentId, AccountId reporter) {
		this.commentId = commentId;
		this.reporterId = reporter.value();
	}

	long commentId() {
		return commentId;
	}

	Instant createdAt() {
		return createdAt;
	}

}
