package org.copro.proposals;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's and moderator's side: opening and closing calls for ideas, answering
 * proposals officially, and hiding comments that break the rules.
 */
@Controller
class ProposalAdminController {

	private final Proposals proposals;

	private final ProposalsPermissions permissions;

	ProposalAdminController(Proposals proposals, ProposalsPermissions permissions) {
		this.proposals = proposals;
		this.permissions = permissions;
	}

	@GetMapping("/proposals/admin")
	String showAdmin(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canManage(me)) {
			throw new AccessDeniedException("Only facilitators manage calls for ideas");
		}
		model.addAttribute("spaces", proposals.spaces());
		model.addAttribute("canModerate", permissions.canModerate(me));
		return "proposals/admin/list";
	}

	@GetMapping("/proposals/admin/new")
	String initSpaceForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(defaultValue = "") String scope, Model model) {
		if (!permissions.canManage(me)) {
			throw new AccessDeniedException("Only facilitators open calls for ideas");
		}
		// A project's page offers a call for ideas for the project: its scope comes
		// filled in.
		SpaceForm form = new SpaceForm();
		form.setScope(scope);
		model.addAttribute("form", form);
		return "proposals/admin/new";
	}

	@PostMapping("/proposals/admin")
	String processSpaceForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") SpaceForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canManage(me)) {
			throw new AccessDeniedException("Only facilitators open calls for ideas");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return "proposals/admin/new";
		}
		long id = proposals.openSpace(form, me.account());
		redirect.addFlashAttribute("notice", "proposals.space.notice.created");
		return "redirect:/proposals/admin/" + id;
	}

	@GetMapping("/proposals/admin/{spaceId}")
	String showSpace(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId, Model model) {
		if (!permissions.canManage(me)) {
			throw new AccessDeniedException("Only facilitators manage calls for ideas");
		}
		ProposalSpace space = proposals.space(spaceId);
		model.addAttribute("space", space);
		model.addAttribute("summaries", proposals.summaries(space, Proposals.Filter.ALL, Proposals.Sort.NEWEST));
		return "proposals/admin/manage";
	}

	@PostMapping("/proposals/admin/{spaceId}/status")
	String processStatus(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@RequestParam boolean open, RedirectAttributes redirect) {
		if (!permissions.canManage(me)) {
			throw new AccessDeniedException("Only facilitators manage calls for ideas");
		}
		proposals.setOpen(spaceId, open);
		redirect.addFlashAttribute("notice", open ? "proposals.space.notice.opened" : "proposals.space.notice.closed");
		return "redirect:/proposals/admin/" + spaceId;
	}

	@GetMapping("/proposals/admin/{spaceId}/{id}/answer")
	String initAnswerForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, Model model) {
		ProposalSpace space = proposals.space(spaceId);
		Proposal proposal = proposals.proposal(space, id);
		if (!permissions.canAnswer(me, proposal)) {
			throw new AccessDeniedException("Cannot answer proposal " + id);
		}
		model.addAttribute("form", AnswerForm.of(proposal));
		return populateAnswer(space, proposal, model);
	}

	@PostMapping("/proposals/admin/{spaceId}/{id}/answer")
	String processAnswerForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, @Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProposalSpace space = proposals.space(spaceId);
		Proposal proposal = proposals.proposal(space, id);
		if (me == null || !permissions.canAnswer(me, proposal)) {
			throw new AccessDeniedException("Cannot answer proposal " + id);
		}
		if (form.getStatus() == AnswerStatus.REJECTED && form.getText().isBlank()) {
			result.rejectValue("text", "proposals.answer.reason.required");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateAnswer(space, proposal, model);
		}
		proposals.answer(space, proposal, java.util.Objects.requireNonNull(form.getStatus()), form.getText(),
				form.language(), me.account());
		redirect.addFlashAttribute("notice", "proposals.answer.notice");
		return "redirect:/proposals/" + spaceId + "/" + id;
	}

	@GetMapping("/proposals/admin/reports")
	String showReports(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators see reported comments");
		}
		model.addAttribute("reported", proposals.reportedComments());
		return "proposals/admin/reports";
	}

	@GetMapping("/proposals/admin/comments/{commentId}/hide")
	String initHideForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long commentId,
			Model model) {
		if (!permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators hide comments");
		}
		model.addAttribute("form", new HideForm());
		return populateHide(proposals.comment(commentId), model);
	}

	@PostMapping("/proposals/admin/comments/{commentId}/hide")
	String processHideForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long commentId,
			@Valid @ModelAttribute("form") HideForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (me == null || !permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators hide comments");
		}
		ProposalComment comment = proposals.comment(commentId);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateHide(comment, model);
		}
		proposals.hide(comment, form.getReason(), me.account());
		Proposal proposal = proposals.proposalOf(comment);
		redirect.addFlashAttribute("notice", "proposals.hide.notice");
		return "redirect:/proposals/" + proposal.spaceId() + "/" + proposal.id() + "#comment-" + commentId;
	}

	private String populateHide(ProposalComment comment, Model model) {
		Proposal proposal = proposals.proposalOf(comment);
		model.addAttribute("comment", comment);
		model.addAttribute("proposal", proposal);
		model.addAttribute("authorName", proposals.authorName(comment));
		model.addAttribute("maxReason", ProposalComment.MAX_REASON);
		return "proposals/admin/hide";
	}

	private String populateAnswer(ProposalSpace space, Proposal proposal, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("proposal", proposal);
		model.addAttribute("statuses", AnswerStatus.values());
		return "proposals/admin/answer";
	}

}
