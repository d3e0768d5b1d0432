package org.copro.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitators' side: starting a decision, amending it, addressing objections,
 * closing it and recording its outcome.
 */
@Controller
class DecisionsAdminController {

	static final int MAX_OPTIONS = 50;

	private final Decisions decisions;

	private final DecisionsPermissions permissions;

	private final DecisionsController publicSide;

	private final ZoneId zone;

	DecisionsAdminController(Decisions decisions, DecisionsPermissions permissions, DecisionsController publicSide,
			@Value("${copro.time-zone:Europe/London}") String zone) {
		this.decisions = decisions;
		this.permissions = permissions;
		this.publicSide = publicSide;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/decisions/new")
	String initDecisionForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(defaultValue = "") String scope, Model model) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators start decisions");
		}
		DecisionForm form = new DecisionForm();
		form.setKind(DecisionKind.PROPOSAL.name());
		form.setClosesAt(
				LocalDateTime.now(zone).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0).toString());
		// A project's page offers a decision for the project: its scope comes filled in.
		form.setScope(scope);
		model.addAttribute("form", form);
		return populateDecisionForm(model);
	}

	private String populateDecisionForm(Model model) {
		model.addAttribute("kinds", DecisionKind.values());
		model.addAttribute("methods", RankingMethod.values());
		model.addAttribute("reasonRules", ReasonRule.values());
		return "decisions/new";
	}

	@PostMapping("/decisions")
	String processDecisionForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators start decisions");
		}
		DecisionKind kind = DecisionKind.parse(form.getKind());
		if (kind == null) {
			result.rejectValue("kind", "decisions.kind.invalid");
		}
		List<String> options = Arrays.stream(form.getOptions().split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		if (kind != null && kind.poll()) {
			if (options.size() < 2) {
				result.rejectValue("options", "decisions.options.too-few");
			}
			else if (options.size() > MAX_OPTIONS) {
				result.rejectValue("options", "decisions.options.too-many", new Object[] { MAX_OPTIONS }, null);
			}
			else if (new HashSet<>(options).size() != options.size()) {
				result.rejectValue("options", "decisions.options.duplicate");
			}
			else if (options.stream().anyMatch(option -> option.length() > 200)) {
				result.rejectValue("options", "decisions.options.too-long");
			}
		}
		Instant closesAt = closingTime(form.getClosesAt());
		if (closesAt == null) {
			result.rejectValue("closesAt", "decisions.closes-at.invalid");
		}
		else if (!closesAt.isAfter(Instant.now())) {
			result.rejectValue("closesAt", "decisions.closes-at.past");
		}
		if (!form.getScope().isBlank() && !form.getScope().strip().matches("[a-z]{1,30}:[A-Za-z0-9_-]{1,60}")) {
			result.rejectValue("scope", "decisions.scope.invalid");
		}
		ReasonRule reasonRule = "REQUIRED".equals(form.getReasonRule()) ? ReasonRule.REQUIRED : ReasonRule.OPTIONAL;
		Integer quorum = number(form.getQuorum(), 0, 100_000, "quorum", "decisions.quorum.invalid", result);
		DecisionSettings defaults = DecisionSettings.defaults();
		int minChoices = defaults.minChoices();
		int maxChoices = defaults.maxChoices();
		int dots = defaults.dots();
		int scoreMin = defaults.scoreMin();
		int scoreMax = defaults.scoreMax();
		RankingMethod method = RankingMethod.IRV;
		int seats = 1;
		if (kind == DecisionKind.APPROVAL) {
			Integer min = number(form.getMinChoices(), 0, MAX_OPTIONS, "minChoices", "decisions.min-choices.invalid",
					result);
			Integer max = number(form.getMaxChoices(), 1, MAX_OPTIONS, "maxChoices", "decisions.max-choices.invalid",
					result);
			if (min != null && max != null) {
				if (max < min) {
					result.rejectValue("maxChoices", "decisions.max-choices.below-min");
				}
				else if (options.size() >= 2 && max > options.size()) {
					result.rejectValue("maxChoices", "decisions.max-choices.above-options");
				}
				minChoices = min;
				maxChoices = max;
			}
		}
		if (kind == DecisionKind.DOT_VOTE) {
			Integer value = number(form.getDots(), 1, 1000, "dots", "decisions.dots.invalid", result);
			dots = value == null ? dots : value;
		}
		if (kind == DecisionKind.SCORE) {
			Integer min = number(form.getScoreMin(), -100, 100, "scoreMin", "decisions.score-min.invalid", result);
			Integer max = number(form.getScoreMax(), -100, 100, "scoreMax", "decisions.score-max.invalid", result);
			if (min != null && max != null) {
				if (max <= min) {
					result.rejectValue("scoreMax", "decisions.score-max.below-min");
				}
				scoreMin = min;
				scoreMax = max;
			}
		}
		if (kind == DecisionKind.RANKED_CHOICE) {
			method = "STV".equals(form.getMethod()) ? RankingMethod.STV : RankingMethod.IRV;
			if (method == RankingMethod.STV) {
				Integer value = number(form.getSeats(), 1, MAX_OPTIONS, "seats", "decisions.seats.invalid", result);
				if (value != null && options.size() >= 2 && value >= options.size()) {
					result.rejectValue("seats", "decisions.seats.too-many");
				}
				seats = value == null ? seats : value;
			}
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateDecisionForm(model);
		}
		DecisionSettings settings = new DecisionSettings(form.isAnonymous(), form.isResultsHidden(), reasonRule, quorum,
				minChoices, maxChoices, dots, scoreMin, scoreMax, method, seats);
		long id = decisions.start(kind, form.getTitle(), form.getDetails(), form.language(),
				kind.poll() ? options : List.of(), settings, closesAt, form.getScope(), me.account());
		return "redirect:/decisions/" + id + "?started";
	}

	@PostMapping("/decisions/{id}/objections/{objectionId}/address")
	String processResponseForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long objectionId, @Valid @ModelAttribute("responseForm") ResponseForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Decision decision = managed(me, id);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			// Each open objection has its own response form: say which field of which
			// one.
			FieldError error = Objects.requireNonNull(result.getFieldError());
			model.addAttribute("respondingTo", objectionId);
			model.addAttribute("respondingField",
					"response-" + objectionId + ("language".equals(error.getField()) ? "-language" : ""));
			model.addAttribute("respondingError", error.getDefaultMessage());
			model.addAttribute("voted", me != null && decisions.vote(id, me.account()).isPresent());
			return publicSide.populateDecision(me, decision, new Ballot(null, java.util.Map.of(), null), model);
		}
		if (decisions.addressObjection(id, objectionId, form.getResponse(), form.language())) {
			redirect.addFlashAttribute("notice", "decisions.objection.addressed");
		}
		else {
			redirect.addFlashAttribute("problemNotice", "decisions.objection.cannot-address");
		}
		return "redirect:/decisions/" + id + "#objections";
	}

	@GetMapping("/decisions/{id}/amend")
	String initAmendForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Decision decision = managed(me, id);
		AmendForm form = new AmendForm();
		form.setTitle(decision.title());
		form.setDetails(decision.details());
		form.setLanguage(decision.language());
		model.addAttribute("decision", decision);
		model.addAttribute("form", form);
		return "decisions/amend";
	}

	@PostMapping("/decisions/{id}/amend")
	String processAmendForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") AmendForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Decision decision = managed(me, id);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("decision", decision);
			return "decisions/amend";
		}
		if (decisions.amend(id, form.getTitle(), form.getDetails(), form.language())) {
			redirect.addFlashAttribute("notice", "decisions.amend.done");
		}
		else {
			redirect.addFlashAttribute("problemNotice", "decisions.amend.closed");
		}
		return "redirect:/decisions/" + id;
	}

	@PostMapping("/decisions/{id}/close")
	String processClose(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		if (decisions.close(id)) {
			redirect.addFlashAttribute("notice", "decisions.close.done");
			return "redirect:/decisions/" + id + "/outcome/new";
		}
		redirect.addFlashAttribute("problemNotice", "decisions.close.not-open");
		return "redirect:/decisions/" + id;
	}

	@GetMapping("/decisions/{id}/outcome/new")
	String initOutcomeForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Decision decision = managed(me, id);
		if (!decision.closed() || decision.outcomeRecorded()) {
			return "redirect:/decisions/" + id;
		}
		OutcomeForm form = new OutcomeForm();
		form.setReviewOn(LocalDate.now(zone).plusMonths(6).toString());
		model.addAttribute("form", form);
		return populateOutcomeForm(decision, model);
	}

	private String populateOutcomeForm(Decision decision, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("result", decisions.result(decision.id()));
		return "decisions/outcome-form";
	}

	@PostMapping("/decisions/{id}/outcome")
	String processOutcomeForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Decision decision = managed(me, id);
		LocalDate reviewOn = null;
		try {
			reviewOn = LocalDate.parse(form.getReviewOn().strip());
			if (!reviewOn.isAfter(LocalDate.now(zone))) {
				result.rejectValue("reviewOn", "decisions.outcome.review-on.past");
			}
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("reviewOn", "decisions.outcome.review-on.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateOutcomeForm(decision, model);
		}
		if (decisions.recordOutcome(id, form.getStatement(), form.language(), reviewOn)) {
			redirect.addFlashAttribute("notice", "decisions.outcome.recorded");
			return "redirect:/decisions/" + id + "/outcome";
		}
		redirect.addFlashAttribute("problemNotice", "decisions.outcome.cannot-record");
		return "redirect:/decisions/" + id;
	}

	private Decision managed(@Nullable SignedInAccount me, long id) {
		Decision decision = decisions.find(id);
		if (!permissions.canManage(me, decision)) {
			throw new AccessDeniedException("Only the facilitator of decision " + id + " may do this");
		}
		return decision;
	}

	private @Nullable Instant closingTime(String text) {
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Integer number(String text, int min, int max, String field, String code,
			BindingResult result) {
		String value = text.strip();
		if (value.matches("-?[0-9]{1,7}")) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		result.rejectValue(field, code, new Object[] { min, max }, null);
		return null;
	}

}
