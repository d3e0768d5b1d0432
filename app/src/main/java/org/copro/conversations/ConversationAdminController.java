package org.copro.conversations;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.Accounts;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's and moderator's side: starting a conversation, moderating its
 * statements, opening and closing it.
 */
@Controller
class ConversationAdminController {

	private final Conversations conversations;

	private final ConversationPermissions permissions;

	private final Accounts accounts;

	ConversationAdminController(Conversations conversations, ConversationPermissions permissions, Accounts accounts) {
		this.conversations = conversations;
		this.permissions = permissions;
		this.accounts = accounts;
	}

	@GetMapping("/conversations/new")
	String initConversationForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canStart(me)) {
			throw new AccessDeniedException("Only facilitators start conversations");
		}
		ConversationForm form = new ConversationForm();
		form.setModeration(ModerationMode.VISIBLE_AFTER_REVIEW);
		model.addAttribute("form", form);
		return populateForm(model);
	}

	@PostMapping("/conversations")
	String processConversationForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") ConversationForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canStart(me)) {
			throw new AccessDeniedException("Only facilitators start conversations");
		}
		List<String> seeds = form.seedStatementList();
		if (!result.hasFieldErrors("seedStatements")) {
			if (seeds.size() > ConversationForm.MAX_SEED_STATEMENTS) {
				result.rejectValue("seedStatements", "conversations.seedStatements.tooMany");
			}
			for (int line = 0; line < seeds.size() && !result.hasFieldErrors("seedStatements"); line++) {
				if (seeds.get(line).length() > ConversationStatement.MAX_LENGTH) {
					result.rejectValue("seedStatements", "conversations.seedStatements.lineTooLong",
							new Object[] { line + 1, ConversationStatement.MAX_LENGTH }, null);
				}
			}
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateForm(model);
		}
		long id = conversations.start(form, me.account());
		return "redirect:/conversations/" + id + "/moderate?started";
	}

	private String populateForm(Model model) {
		model.addAttribute("moderationModes", ModerationMode.values());
		model.addAttribute("maxLength", ConversationStatement.MAX_LENGTH);
		return "conversations/admin/new";
	}

	@GetMapping("/conversations/{id}/moderate")
	String showModeration(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Conversation conversation = conversations.find(id);
		if (!permissions.canModerate(me, conversation)) {
			throw new AccessDeniedException("Cannot moderate conversation " + id);
		}
		List<StatementView> statements = conversations.statements(id)
			.stream()
			.map(s -> StatementView.of(s, s.author() == null ? null : accounts.displayName(s.author()).orElse(null)))
			.toList();
		model.addAttribute("conversation", conversation);
		model.addAttribute("pending", statements.stream().filter(s -> s.status() == StatementStatus.PENDING).toList());
		model.addAttribute("accepted",
				statements.stream().filter(s -> s.status() == StatementStatus.ACCEPTED).toList());
		model.addAttribute("rejected",
				statements.stream().filter(s -> s.status() == StatementStatus.REJECTED).toList());
		return "conversations/admin/moderate";
	}

	@PostMapping("/conversations/{id}/statements/{statementId}/moderation")
	String processModeration(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long statementId, @RequestParam String action, RedirectAttributes redirect) {
		Conversation conversation = conversations.find(id);
		if (!permissions.canModerate(me, conversation)) {
			throw new AccessDeniedException("Cannot moderate conversation " + id);
		}
		ModerationAction chosen = ModerationAction.parse(action)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action"));
		conversations.moderate(conversation, statementId, chosen);
		redirect.addFlashAttribute("notice", "conversations.moderate.done." + action);
		return "redirect:/conversations/" + id + "/moderate";
	}

	@PostMapping("/conversations/{id}/status")
	String processStatus(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam boolean open, RedirectAttributes redirect) {
		Conversation conversation = conversations.find(id);
		if (!permissions.canModerate(me, conversation)) {
			throw new AccessDeniedException("Cannot change conversation " + id);
		}
		conversations.setOpen(id, open);
		redirect.addFlashAttribute("notice",
				open ? "conversations.status.notice.opened" : "conversations.status.notice.closed");
		return "redirect:/conversations/" + id + "/moderate";
	}

}
