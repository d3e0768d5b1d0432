package org.copro.conversations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's side: the list of conversations, voting one statement at a time, and
 * writing a statement.
 */
@Controller
class ConversationController {

	private final Conversations conversations;

	private final ConversationPermissions permissions;

	ConversationController(Conversations conversations, ConversationPermissions permissions) {
		this.conversations = conversations;
		this.permissions = permissions;
	}

	@GetMapping("/conversations")
	String showConversations(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("conversations", conversations.list());
		model.addAttribute("canStart", permissions.canStart(me));
		return "conversations/list";
	}

	@GetMapping("/conversations/{id}")
	String showConversation(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Conversation conversation = conversations.find(id);
		model.addAttribute("form", new StatementForm());
		return populate(conversation, me, model);
	}

	@PostMapping("/conversations/{id}/votes")
	String processVote(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam long statement, @RequestParam String vote) {
		Conversation conversation = conversations.find(id);
		if (me == null || !permissions.canVote(me, conversation)) {
			throw new AccessDeniedException("Cannot vote in conversation " + id);
		}
		VoteChoice choice = VoteChoice.parse(vote)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown vote"));
		try {
			if (!conversations.castVote(conversation, statement, me.account(), choice)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a statement of this conversation");
			}
		}
		catch (DataIntegrityViolationException ex) {
			// A double click raced the first vote on this statement, which stands.
		}
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/conversations/{id}/statements")
	String processStatementForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Conversation conversation = conversations.find(id);
		if (me == null || !permissions.canSubmit(me, conversation)) {
			throw new AccessDeniedException("Cannot write in conversation " + id);
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populate(conversation, me, model);
		}
		boolean byModerator = permissions.canModerate(me, conversation);
		ConversationStatement statement = conversations.submitStatement(conversation, me.account(), form.getText(),
				form.language(), byModerator);
		redirect.addFlashAttribute("notice", conversation.shows(statement.status()) ? "conversations.statement.added"
				: "conversations.statement.awaiting-review");
		return "redirect:/conversations/" + id;
	}

	private String populate(Conversation conversation, @Nullable SignedInAccount me, Model model) {
		model.addAttribute("conversation", conversation);
		model.addAttribute("canVote", permissions.canVote(me, conversation));
		model.addAttribute("canSubmit", permissions.canSubmit(me, conversation));
		model.addAttribute("canModerate", permissions.canModerate(me, conversation));
		model.addAttribute("signedIn", me != null);
		if (me != null) {
			model.addAttribute("next",
					conversations.nextStatement(conversation, me.account())
						.map(next -> StatementView.of(next, null))
						.orElse(null));
			Conversations.Progress progress = conversations.progress(conversation, me.account());
			model.addAttribute("votedCount", progress.voted());
			model.addAttribute("statementCount", progress.shown());
		}
		if (permissions.canModerate(me, conversation)) {
			model.addAttribute("pendingCount",
					conversations.statements(conversation.id())
						.stream()
						.filter(s -> s.status() == StatementStatus.PENDING)
						.count());
		}
		model.addAttribute("maxLength", ConversationStatement.MAX_LENGTH);
		return "conversations/show";
	}

}
