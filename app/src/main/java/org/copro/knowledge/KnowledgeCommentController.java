package org.copro.knowledge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Posting, reporting and hiding comments; each answers by going back to the entry's
 * comments, or by showing the entry again with what was wrong under 400.
 */
@Controller
class KnowledgeCommentController {

	static final int MAX_LENGTH = 5000;

	private final KnowledgeComments comments;

	private final KnowledgeWorkflow workflow;

	private final KnowledgePermissions permissions;

	private final EntryPage entryPage;

	KnowledgeCommentController(KnowledgeComments comments, KnowledgeWorkflow workflow, KnowledgePermissions permissions,
			EntryPage entryPage) {
		this.comments = comments;
		this.workflow = workflow;
		this.permissions = permissions;
		this.entryPage = entryPage;
	}

	@PostMapping("/knowledge/{id}/comments")
	String processComment(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		KnowledgeEntry entry = workflow.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (me == null || !permissions.canComment(me, entry)) {
			throw new AccessDeniedException("Sign in to comment on a published entry");
		}
		if (result.hasFieldErrors("parent")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such comment to reply to");
		}
		String text = form.getBody().strip();
		String problem = text.isEmpty() ? "knowledge.comment.required"
				: text.length() > MAX_LENGTH ? "knowledge.comment.too-long" : null;
		// Only a changed request sends another language: the form offers radios.
		if (problem == null && result.hasFieldErrors("language")) {
			problem = "web.language.invalid";
		}
		if (problem != null) {
			FormErrors.refuse(response);
			model.addAttribute("commentProblem", problem);
			model.addAttribute("commentField", problem.startsWith("web.language") ? "language" : "body");
			model.addAttribute("commentText", form.getBody());
			model.addAttribute("commentParent", form.getParent());
			model.addAttribute("commentLanguage",
					result.hasFieldErrors("language") ? TextLanguages.ofPage() : form.language());
			return entryPage.show(me, id, model);
		}
		long comment = comments.post(id, form.getParent(), text, form.language(), me);
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
