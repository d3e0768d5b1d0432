package org.copro.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Threaded comments on entries, reported by participants and hidden by moderators. */
@Service
class KnowledgeComments {

	/** A comment with its replies, in the order they were written. */
	record Thread(KnowledgeComment comment, List<Thread> replies) {
	}

	private final KnowledgeCommentRepository comments;

	private final KnowledgeCommentReportRepository reports;

	private final ApplicationEventPublisher events;

	KnowledgeComments(KnowledgeCommentRepository comments, KnowledgeCommentReportRepository reports,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.reports = reports;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<Thread> threads(long entryId) {
		List<KnowledgeComment> all = comments.findByEntryIdOrderByCreatedAtAscIdAsc(entryId);
		Map<Long, Thread> byId = new LinkedHashMap<>();
		all.forEach(comment -> byId.put(comment.id(), new Thread(comment, new ArrayList<>())));
		List<Thread> roots = new ArrayList<>();
		for (KnowledgeComment comment : all) {
			Thread parent = comment.parentId() == null ? null : byId.get(comment.parentId());
			if (parent == null) {
				roots.add(byId.get(comment.id()));
			}
			else {
				parent.replies().add(byId.get(comment.id()));
			}
		}
		return roots;
	}

	@Transactional(readOnly = true)
	int count(long entryId) {
		return comments.findByEntryIdOrderByCreatedAtAscIdAsc(entryId).size();
	}

	/**
	 * Saves a comment or a reply (to a comment on the same entry) and announces it as
	 * input received.
	 */
	@Transactional
	long post(long entryId, @Nullable Long parentId, String body, String language, SignedInAccount author) {
		if (parentId != null && comments.findById(parentId).filter(parent -> parent.entryId() == entryId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such comment to reply to");
		}
		KnowledgeComment comment = comments.save(new KnowledgeComment(entryId, parentId, author.account().value(),
				author.displayName(), body.replace("\r", "").strip(), language));
		events.publishEvent(
				new CommentPosted(entryId, comment.id(), author.account().value(), comment.body(), comment.language()));
		return comment.id();
	}

	@Transactional
	KnowledgeComment find(long id) {
		return comments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Records a report; false when this person reported the comment before. */
	@Transactional
	boolean report(long id, SignedInAccount reporter) {
		KnowledgeComment comment = find(id);
		if (reports.existsByCommentIdAndReporterAccount(id, reporter.account().value())) {
			return false;
		}
		reports.save(new CommentReport(id, reporter.account().value()));
		comments.countReport(comment.id());
		return true;
	}

	/**
	 * Hides a comment, or shows it again and settles the reports counted so far; a report
	 * made while it is shown again stays for the next look.
	 */
	@Transactional
	KnowledgeComment hide(long id, boolean hidden) {
		KnowledgeComment comment = find(id);
		if (hidden) {
			comment.hide();
		}
		else if (comment.hidden()) {
			comments.show(id, comment.reportCount());
		}
		return comment;
	}

	@Transactional(readOnly = true)
	List<KnowledgeComment> reported() {
		return comments.findByReportCountGreaterThanAndHiddenFalseOrderByCreatedAtAsc(0);
	}

}
