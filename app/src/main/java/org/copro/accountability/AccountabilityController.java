package org.copro.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.copro.web.ParticipationTool;
import org.copro.web.Scopes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The log's pages: input still waiting and input answered, for everyone; one piece of
 * input with its history and, for those who may, the form to answer it; and each person's
 * own input.
 */
@Controller
class AccountabilityController {

	static final int PAGE_SIZE = 20;

	private static final String WAITING = "WAITING";

	private final AccountabilityLog log;

	private final AccountabilityPermissions permissions;

	private final Accounts accounts;

	private final Scopes scopes;

	private final Map<String, String> toolNames = new HashMap<>();

	private final Clock clock = Clock.systemUTC();

	AccountabilityController(AccountabilityLog log, AccountabilityPermissions permissions, Accounts accounts,
			Scopes scopes, List<ParticipationTool> tools) {
		this.log = log;
		this.scopes = scopes;
		this.permissions = permissions;
		this.accounts = accounts;
		tools.forEach(tool -> toolNames.put(tool.id(), tool.nameKey()));
	}

	@GetMapping("/you-said-we-did")
	String showLog(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(required = false) @Nullable String tool,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int answeredPage, Model model) {
		String toolFilter = blankToNull(tool);
		String scopeFilter = blankToNull(scope);
		String statusFilter = blankToNull(status);
		Optional<ActionStatus> answeredStatus = parse(statusFilter);
		if (statusFilter != null && !WAITING.equals(statusFilter) && answeredStatus.isEmpty()) {
			statusFilter = null;
		}
		boolean showWaiting = statusFilter == null || WAITING.equals(statusFilter);
		boolean showAnswered = !WAITING.equals(statusFilter);
		boolean seeAuthors = permissions.canSeeAuthors(me);
		int waitingPage = Math.max(0, page);
		int answeredAt = Math.max(0, answeredPage);
		Instant now = clock.instant();
		// Input filed under a private project is shown only to those who may read the
		// project.
		List<String> allScopes = log.scopes();
		Set<String> hidden = scopes.hiddenFrom(me, allScopes);
		if (showWaiting) {
			Page<InputItem> waiting = log.waiting(toolFilter, scopeFilter, hidden, waitingPage, PAGE_SIZE);
			model.addAttribute("waiting", entries(waiting.getContent(), now, seeAuthors));
			model.addAttribute("waitingTotal", waiting.getTotalElements());
			model.addAttribute("waitingPrevious", waiting.hasPrevious()
					? link(toolFilter, statusFilter, scopeFilter, waitingPage - 1, answeredAt) : null);
			model.addAttribute("waitingNext", waiting.hasNext()
					? link(toolFilter, statusFilter, scopeFilter, waitingPage + 1, answeredAt) : null);
		}
		if (showAnswered) {
			Page<InputItem> answered = log.answered(toolFilter, scopeFilter, hidden, answeredStatus.orElse(null),
					answeredAt, PAGE_SIZE);
			model.addAttribute("answered", entries(answered.getContent(), now, seeAuthors));
			model.addAttribute("answeredTotal", answered.getTotalElements());
			model.addAttribute("answeredPrevious", answered.hasPrevious()
					? link(toolFilter, statusFilter, scopeFilter, waitingPage, answeredAt - 1) : null);
			model.addAttribute("answeredNext", answered.hasNext()
					? link(toolFilter, statusFilter, scopeFilter, waitingPage, answeredAt + 1) : null);
		}
		model.addAttribute("tools", log.tools().stream().map(id -> new ToolOption(id, toolNames.get(id))).toList());
		model.addAttribute("scopes", allScopes.stream().filter(found -> !hidden.contains(found)).toList());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("tool", toolFilter);
		model.addAttribute("status", statusFilter);
		model.addAttribute("scope", scopeFilter);
		model.addAttribute("canRespond", permissions.canRespond(me));
		model.addAttribute("signedIn", me != null);
		return "accountability/log";
	}

	@GetMapping("/you-said-we-did/{id}")
	String showInput(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		InputItem item = visibleItem(me, id);
		ResponseForm form = new ResponseForm();
		ActionStatus current = item.status();
		form.setStatus(current == null ? "" : current.name());
		model.addAttribute("form", form);
		return populateInput(me, item, model);
	}

	@PostMapping("/you-said-we-did/{id}")
	String processResponseForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") ResponseForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (me == null || !permissions.canRespond(me)) {
			throw new AccessDeniedException("Only facilitators, moderators and administrators answer input");
		}
		InputItem item = visibleItem(me, id);
		Optional<ActionStatus> status = form.actionStatus();
		if (status.isEmpty() && !result.hasFieldErrors("status")) {
			result.rejectValue("status", "accountability.status.required");
		}
		if (status.orElse(null) == ActionStatus.NOT_POSSIBLE && form.getReason().isBlank()
				&& !result.hasFieldErrors("reason")) {
			result.rejectValue("reason", "accountability.reason.required");
		}
		if (result.hasErrors() || status.isEmpty()) {
			FormErrors.refuse(response);
			return populateInput(me, item, model);
		}
		log.respond(id, status.get(), form.getText(), form.getReason(), form.language(), me.account(),
				me.displayName());
		redirect.addFlashAttribute("notice", "accountability.respond.saved");
		return "redirect:/you-said-we-did/" + id;
	}

	/**
	 * The input, unless it is filed under a scope the person may not see: then it is not
	 * found.
	 */
	private InputItem visibleItem(@Nullable SignedInAccount me, long id) {
		InputItem item = log.item(id);
		if (!scopes.visibleTo(item.scope(), me)) {
			throw new InputNotFoundException(id);
		}
		return item;
	}

	@GetMapping("/account/my-input")
	String showMyInput(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (me == null || !permissions.canSeeOwnInput(me)) {
			throw new AccessDeniedException("Sign in to see your input");
		}
		Instant now = clock.instant();
		List<MyInput> mine = log.inputOf(me.account())
			.entrySet()
			.stream()
			.map(entry -> new MyInput(
					LogEntry.of(entry.getKey(), toolNames.get(entry.getKey().tool()),
							entry.getValue().isEmpty() ? null : entry.getValue().getFirst(), now, me.displayName()),
					entry.getValue().stream().map(LogEntry.ResponseView::of).toList()))
			.toList();
		model.addAttribute("mine", mine);
		return "accountability/my-input";
	}

	private String populateInput(@Nullable SignedInAccount me, InputItem item, Model model) {
		List<Response> history = log.history(item.id());
		model.addAttribute("entry",
				LogEntry.of(item, toolNames.get(item.tool()), history.isEmpty() ? null : history.getFirst(),
						clock.instant(), authorName(item, permissions.canSeeAuthors(me))));
		model.addAttribute("history", history.stream().map(LogEntry.ResponseView::of).toList());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("canRespond", permissions.canRespond(me));
		model.addAttribute("maxLength", ResponseForm.MAX_LENGTH);
		return "accountability/input";
	}

	private List<LogEntry> entries(List<InputItem> found, Instant now, boolean seeAuthors) {
		Map<Long, Response> latest = log.latestResponses(found);
		return found.stream()
			.map(item -> LogEntry.of(item, toolNames.get(item.tool()), latest.get(item.id()), now,
					authorName(item, seeAuthors)))
			.toList();
	}

	private @Nullable String authorName(InputItem item, boolean seeAuthors) {
		AccountId author = item.author();
		return seeAuthors && author != null ? accounts.displayName(author).orElse(null) : null;
	}

	/**
	 * The log's address with the filters kept and one list moved to another page: a path
	 * on this site.
	 */
	private static String link(@Nullable String tool, @Nullable String status, @Nullable String scope, int page,
			int answeredPage) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/you-said-we-did");
		if (tool != null) {
			link.queryParam("tool", tool);
		}
		if (status != null) {
			link.queryParam("status", status);
		}
		if (scope != null) {
			link.queryParam("scope", scope);
		}
		if (page > 0) {
			link.queryParam("page", page);
		}
		if (answeredPage > 0) {
			link.queryParam("answeredPage", answeredPage);
		}
		return link.encode().build().toUriString();
	}

	private static Optional<ActionStatus> parse(@Nullable String status) {
		if (status == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(ActionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * A tool offered in the filter: its id and, when installed, the message key of its
	 * name.
	 */
	record ToolOption(String id, @Nullable String nameKey) {
	}

	/** One of a person's own pieces of input with all its responses, newest first. */
	record MyInput(LogEntry entry, List<LogEntry.ResponseView> responses) {
	}

}
