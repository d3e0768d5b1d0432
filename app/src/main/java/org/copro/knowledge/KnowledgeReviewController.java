package org.copro.knowledge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The moderators' side: the queue of submitted entries and reported comments, publishing
 * and sending back.
 */
@Controller
class KnowledgeReviewController {

	private final KnowledgeWorkflow workflow;

	private final KnowledgeComments comments;

	private final KnowledgePermissions permissions;

	private final MarkdownRenderer markdown;

	KnowledgeReviewController(KnowledgeWorkflow workflow, KnowledgeComments comments, KnowledgePermissions permissions,
			MarkdownRenderer markdown) {
		this.workflow = workflow;
		this.comments = comments;
		this.permissions = permissions;
		this.markdown = markdown;
	}

	static class SendBackForm {

		@NotBlank(message = "{knowledge.review.reason.required}")
		@Size(max = 2000, message = "{knowledge.review.reason.too-long}")
		private String reason = "";

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	@GetMapping("/knowledge/review")
	String showQueue(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		moderator(me);
		model.addAttribute("entries", workflow.waitingForReview());
		model.addAttribute("reported", comments.reported());
		return "knowledge/review/queue";
	}

	@GetMapping("/knowledge/review/{id}")
	String showReview(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		moderator(me);
		model.addAttribute("sendBack", new SendBackForm());
		return populateReview(id, model);
	}

	private String populateReview(long id, Model model) {
		KnowledgeEntry entry = workflow.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", entry);
		model.addAttribute("bodyHtml", markdown.toHtml(entry.body()));
		return "knowledge/review/entry";
	}

	@PostMapping("/knowledge/review/{id}/publish")
	String processPublish(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		moderator(me);
		redirect.addFlashAttribute("notice",
				workflow.publish(id) ? "knowledge.notice.published" : "knowledge.notice.already-published");
		return "redirect:/knowledge/" + id;
	}

	@PostMapping("/knowledge/review/{id}/send-back")
	String processSendBack(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("sendBack") SendBackForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		moderator(me);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateReview(id, model);
		}
		workflow.sendBack(id, form.getReason());
		redirect.addFlashAttribute("notice", "knowledge.notice.sent-back");
		return "redirect:/knowledge/review";
	}

	private void moderator(@Nullable SignedInAccount me) {
		if (!permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators review the knowledge base");
		}
	}

}
