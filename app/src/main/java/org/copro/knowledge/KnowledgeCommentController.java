package org.copro.knowledge;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Posting, reporting and hiding comments; each answers by going back to the entry's
 * comments.
 */
@Controller
class KnowledgeCommentController {

	static final int MAX_LENGTH = 5000;

	private final KnowledgeComments comments;

	private final KnowledgeWorkflow workflow;

	private final KnowledgePermissions permissions;

	KnowledgeCommentController(KnowledgeComments comments, KnowledgeWorkflow workflow,
			KnowledgePermissions permissions) {
		this.comments = comments;
		this.workflow = workflow;
		this.permissions = permissions;
	}

	@PostMapping("/knowledge/{id}/comments")
	String processComment(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) @Nullable Long parent,
			RedirectAttributes redirect) {
		KnowledgeEntry entry = workflow.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (me == null || !permissions.canComment(me, entry)) {
			throw new AccessDeniedException("Sign in to comment on a published entry");
		}
		String text = body.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			redirect.addFlashAttribute("commentProblem",
					text.isEmpty() ? "knowledge.comment.required" : "knowledge.comment.too-long");
			redirect.addFlashAttribute("commentText", body);
			redirect.addFlashAttribute("commentParent", parent);
			return "redirect:/knowledge/" + id + (parent == null ? "#comment-form" : "#comment-" + parent);
		}
		long comment = comments.post(id, parent, text, me);
		redirect.addFlashAttribute("notice", "knowledge.notice.commented");
		return "redirect:/knowledge/" + id + "#comment-" + comment;
	}

	@PostMapping("/knowledge/comments/{comment}/report")
	String processReport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long comment,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canReport(me)) {
			throw new AccessDeniedException("Sign in to report a comment");
		}
		KnowledgeComment reported = comments.find(comment);
		redirect.addFlashAttribute("notice",
				comments.report(comment, me) ? "knowledge.notice.reported" : "knowledge.notice.already-reported");
		return "redirect:/knowledge/" + reported.entryId() + "#comment-" + comment;
	}

	@PostMapping("/knowledge/comments/{comment}/hide")
	String processHide(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long comment,
			@RequestParam(defaultValue = "true") boolean hidden, RedirectAttributes redirect) {
		if (!permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators hide comments");
		}
		KnowledgeComment changed = comments.hide(comment, hidden);
		redirect.addFlashAttribute("notice", hidden ? "knowledge.notice.hidden" : "knowledge.notice.unhidden");
		return "redirect:/knowledge/" + changed.entryId() + "#comment-" + comment;
	}

}
