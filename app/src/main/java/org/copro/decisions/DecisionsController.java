package org.copro.decisions;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: the decisions, each one with its vote form and (when visible) results,
 * and the outcome of a closed decision.
 */
@Controller
class DecisionsController {

	private final Decisions decisions;

	private final DecisionsPermissions permissions;

	private final ZoneId zone;

	DecisionsController(Decisions decisions, DecisionsPermissions permissions,
			@Value("${copro.time-zone:Europe/London}") String zone) {
		this.decisions = decisions;
		this.permissions = permissions;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/decisions")
	String showDecisions(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("decisions",
				decisions.list().stream().filter(decision -> permissions.canSee(me, decision)).toList());
		model.addAttribute("canCreate", permissions.canCreate(me));
		model.addAttribute("zone", zone);
		return "decisions/list";
	}

	@GetMapping("/decisions/{id}")
	String showDecision(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Decision decision = permissions.requireSee(me, decisions.find(id));
		Optional<DecisionVote> vote = me == null ? Optional.empty() : decisions.vote(id, me.account());
		model.addAttribute("voted", vote.isPresent());
		Ballot ballot = vote.map(v -> new Ballot(v.position(), v.answer(), v.reason(), v.language()))
			.orElse(new Ballot(null, Map.of(), null));
		return populateDecision(me, decision, ballot, model);
	}

	String populateDecision(@Nullable SignedInAccount me, Decision decision, Ballot ballot, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("ballot", ballot);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("canManage", permissions.canManage(me, decision));
		model.addAttribute("voteCount", decisions.voteCount(decision.id()));
		model.addAttribute("zone", zone);
		DecisionResult result = decisions.result(decision.id());
		model.addAttribute("objections", result.objections());
		model.addAttribute("result", decision.resultsVisible() ? result : null);
		if (!model.containsAttribute("responseForm")) {
			model.addAttribute("responseForm", new ResponseForm());
		}
		if (me != null) {
			model.addAttribute("myObjections",
					decisions.objections(decision.id())
						.stream()
						.filter(o -> me.account().equals(o.objector()))
						.toList());
		}
		else {
			model.addAttribute("myObjections", List.of());
		}
		return "decisions/show";
	}

	@PostMapping("/decisions/{id}/vote")
	String processVote(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "approve", required = false) @Nullable List<String> approved, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (me == null || !permissions.canVote(me)) {
			throw new AccessDeniedException("Voters sign in first");
		}
		Decision decision = permissions.requireSee(me, decisions.find(id));
		Map<Integer, Integer> answer = new TreeMap<>();
		boolean wholeNumbers = true;
		if (decision.kind() == DecisionKind.APPROVAL) {
			for (String option : approved == null ? List.<String>of() : approved) {
				Integer index = whole(option);
				wholeNumbers &= index != null;
				if (index != null) {
					answer.put(index, 1);
				}
			}
		}
		else if (decision.kind().poll()) {
			for (int i = 0; i < decision.options().size(); i++) {
				String value = form.getOrDefault("option-" + i, "").strip();
				if (!value.isEmpty()) {
					Integer number = whole(value);
					wholeNumbers &= number != null;
					if (number != null) {
						answer.put(i, number);
					}
				}
			}
		}
		String position = form.get("position");
		Ballot ballot = new Ballot(position == null || position.isBlank() ? null : position, answer, form.get("reason"),
				form.getOrDefault("language", TextLanguages.ofPage()));
		Optional<VoteProblem> problem = wholeNumbers ? decisions.castVote(id, me.account(), ballot)
				: Optional.of(new VoteProblem("options", "decisions.vote.whole-numbers"));
		if (problem.isPresent()) {
			// A vote that came after the close is not bad input: the decision moved on.
			if (problem.get().code().equals("decisions.vote.closed")) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			else {
				FormErrors.refuse(response);
			}
			model.addAttribute("problem", problem.get());
			model.addAttribute("voted", decisions.vote(id, me.account()).isPresent());
			return populateDecision(me, decisions.find(id), ballot, model);
		}
		redirect.addFlashAttribute("notice", "decisions.vote.recorded");
		return "redirect:/decisions/" + id;
	}

	@GetMapping("/decisions/{id}/outcome")
	String showOutcome(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Decision decision = permissions.requireSee(me, decisions.find(id));
		if (!decision.outcomeRecorded()) {
			throw new DecisionNotFoundException(id);
		}
		DecisionResult result = decisions.result(id);
		model.addAttribute("decision", decision);
		model.addAttribute("result", result);
		model.addAttribute("objections", result.objections());
		model.addAttribute("canManage", permissions.canManage(me, decision));
		model.addAttribute("zone", zone);
		return "decisions/outcome";
	}

	private static @Nullable Integer whole(String text) {
		return text.matches("-?[0-9]{1,6}") ? Integer.valueOf(text) : null;
	}

}
