package org.copro.proposals;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The participant's side: calls for ideas and their proposals, proposing, supporting,
 * commenting and reporting.
 */
@Controller
class ProposalController {

	private final Proposals proposals;

	private final ProposalsPermissions permissions;

	ProposalController(Proposals proposals, ProposalsPermissions permissions) {
		this.proposals = proposals;
		this.permissions = permissions;
	}

	@GetMapping("/proposals")
	String showSpaces(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("spaces",
				proposals.spaces().stream().filter(space -> permissions.canSee(me, space)).toList());
		model.addAttribute("canManage", permissions.canManage(me));
		return "proposals/list";
	}

	@GetMapping("/proposals/{spaceId}")
	String showSpace(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String sort, Model model) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposals.Filter filter = Proposals.Filter.parse(status);
		Proposals.Sort order = Proposals.Sort.parse(sort);
		model.addAttribute("space", space);
		model.addAttribute("summaries", proposals.summaries(space, filter, order));
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("filters", Proposals.Filter.values());
		model.addAttribute("sorts", Proposals.Sort.values());
		model.addAttribute("canSubmit", permissions.canSubmit(me, space));
		model.addAttribute("canManage", permissions.canManage(me));
		model.addAttribute("signedIn", me != null);
		return "proposals/space";
	}

	@GetMapping("/proposals/{spaceId}/new")
	String initProposalForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			Model model) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		if (!permissions.canSubmit(me, space)) {
			throw new AccessDeniedException("Cannot propose in call for ideas " + spaceId);
		}
		model.addAttribute("form", new ProposalForm());
		return populateForm(space, null, model);
	}

	@PostMapping("/proposals/{spaceId}")
	String processProposalForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		if (me == null || !permissions.canSubmit(me, space)) {
			throw new AccessDeniedException("Cannot propose in call for ideas " + spaceId);
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateForm(space, null, model);
		}
		Proposal proposal = proposals.submit(space, me.account(), form);
		redirect.addFlashAttribute("notice", "proposals.proposal.notice.submitted");
		return "redirect:/proposals/" + spaceId + "/" + proposal.id();
	}

	@GetMapping("/proposals/{spaceId}/{id}")
	String showProposal(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, Model model) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		model.addAttribute("commentForm", new CommentForm());
		return populateProposal(space, proposal, me, model);
	}

	@GetMapping("/proposals/{spaceId}/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, Model model) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		if (!permissions.canEdit(me, proposal, proposals.hasResponses(proposal))) {
			throw new AccessDeniedException("Cannot edit proposal " + id);
		}
		model.addAttribute("form", ProposalForm.of(proposal));
		return populateForm(space, proposal, model);
	}

	@PostMapping("/proposals/{spaceId}/{id}/edit")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		if (!permissions.canEdit(me, proposal, proposals.hasResponses(proposal))) {
			throw new AccessDeniedException("Cannot edit proposal " + id);
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateForm(space, proposal, model);
		}
		proposals.edit(proposal, form);
		redirect.addFlashAttribute("notice", "proposals.proposal.notice.edited");
		return "redirect:/proposals/" + spaceId + "/" + id;
	}

	@PostMapping("/proposals/{spaceId}/{id}/withdraw")
	String processWithdraw(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		if (!permissions.canWithdraw(me, proposal)) {
			throw new AccessDeniedException("Cannot withdraw proposal " + id);
		}
		proposals.withdraw(proposal);
		redirect.addFlashAttribute("notice", "proposals.proposal.notice.withdrawn");
		return "redirect:/proposals/" + spaceId + "/" + id;
	}

	@PostMapping("/proposals/{spaceId}/{id}/support")
	String processSupport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		if (me == null || !permissions.canSupport(me, proposal)) {
			throw new AccessDeniedException("Cannot support proposal " + id);
		}
		try {
			proposals.support(proposal, me.account());
		}
		catch (DataIntegrityViolationException ex) {
			// A double click raced the first support, which stands.
		}
		redirect.addFlashAttribute("notice", "proposals.support.notice.added");
		return "redirect:/proposals/" + spaceId + "/" + id;
	}

	@PostMapping("/proposals/{spaceId}/{id}/support/withdraw")
	String processWithdrawSupport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		if (me == null) {
			throw new AccessDeniedException("Cannot withdraw support for proposal " + id);
		}
		proposals.withdrawSupport(proposal, me.account());
		redirect.addFlashAttribute("notice", "proposals.support.notice.withdrawn");
		return "redirect:/proposals/" + spaceId + "/" + id;
	}

	@GetMapping("/proposals/{spaceId}/{id}/comments/{commentId}/reply")
	String initReplyForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, @PathVariable long commentId, Model model) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		ProposalComment parent = proposals.comment(proposal, commentId);
		if (!permissions.canComment(me, proposal) || parent.hidden()) {
			throw new AccessDeniedException("Cannot reply in proposal " + id);
		}
		model.addAttribute("commentForm", new CommentForm());
		return populateReply(space, proposal, parent, model);
	}

	@PostMapping("/proposals/{spaceId}/{id}/comments")
	String processCommentForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, @RequestParam(required = false) @Nullable Long parent,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		ProposalComment parentComment = parent == null ? null : proposals.comment(proposal, parent);
		if (me == null || !permissions.canComment(me, proposal) || (parentComment != null && parentComment.hidden())) {
			throw new AccessDeniedException("Cannot comment in proposal " + id);
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return parentComment == null ? populateProposal(space, proposal, me, model)
					: populateReply(space, proposal, parentComment, model);
		}
		ProposalComment comment = proposals.comment(space, proposal, parentComment, me.account(),
				java.util.Objects.requireNonNull(form.getStance()), form.getText(), form.language());
		redirect.addFlashAttribute("notice", "proposals.comment.notice.added");
		return "redirect:/proposals/" + spaceId + "/" + id + "#comment-" + comment.id();
	}

	@PostMapping("/proposals/{spaceId}/{id}/comments/{commentId}/report")
	String processReport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long spaceId,
			@PathVariable long id, @PathVariable long commentId, RedirectAttributes redirect) {
		ProposalSpace space = permissions.requireSee(me, proposals.space(spaceId));
		Proposal proposal = proposals.proposal(space, id);
		ProposalComment comment = proposals.comment(proposal, commentId);
		if (me == null || !permissions.canReport(me, comment)) {
			throw new AccessDeniedException("Cannot report comment " + commentId);
		}
		try {
			proposals.report(comment, me.account());
		}
		catch (DataIntegrityViolationException ex) {
			// A double click raced the first report, which stands.
		}
		redirect.addFlashAttribute("notice", "proposals.report.notice");
		return "redirect:/proposals/" + spaceId + "/" + id + "#comment-" + commentId;
	}

	private String populateForm(ProposalSpace space, @Nullable Proposal proposal, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("proposal", proposal);
		model.addAttribute("maxTitle", Proposal.MAX_TITLE);
		model.addAttribute("maxBody", Proposal.MAX_BODY);
		return "proposals/form";
	}

	private String populateReply(ProposalSpace space, Proposal proposal, ProposalComment parent, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("proposal", proposal);
		model.addAttribute("parent", parent);
		model.addAttribute("parentAuthor", proposals.authorName(parent));
		model.addAttribute("stances", Stance.values());
		model.addAttribute("maxComment", ProposalComment.MAX_LENGTH);
		return "proposals/reply";
	}

	private String populateProposal(ProposalSpace space, Proposal proposal, @Nullable SignedInAccount me, Model model) {
		boolean hasResponses = proposals.hasResponses(proposal);
		model.addAttribute("space", space);
		model.addAttribute("proposal", proposal);
		model.addAttribute("authorName", proposals.authorName(proposal));
		model.addAttribute("supportCount", proposals.supportCount(proposal));
		model.addAttribute("supported", me != null && proposals.supports(proposal, me.account()));
		model.addAttribute("threads", proposals.commentThreads(proposal));
		model.addAttribute("stanceCounts", proposals.stanceCounts(proposal));
		model.addAttribute("stances", Stance.values());
		model.addAttribute("maxComment", ProposalComment.MAX_LENGTH);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("canSupport", permissions.canSupport(me, proposal));
		model.addAttribute("canComment", permissions.canComment(me, proposal));
		model.addAttribute("canEdit", permissions.canEdit(me, proposal, hasResponses));
		model.addAttribute("canWithdraw", permissions.canWithdraw(me, proposal));
		model.addAttribute("canAnswer", permissions.canAnswer(me, proposal));
		model.addAttribute("canModerate", permissions.canModerate(me));
		return "proposals/show";
	}

}
