package org.copro.decisions;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;

/**
 * What a voter sent: a position, or an answer per option index, and a reason. Checked
 * against the decision's rules before it is taken, so that a bad vote is refused with a
 * message and never half-saved.
 *
 * @param position the chosen position (proposal, consent, sense check); null for polls
 * @param answer option index to value (polls)
 * @param reason the reason, or the objection's text
 * @param language the language the reason is written in, {@code en} or {@code cy} once
 * checked
 */
record Ballot(@Nullable String position, Map<Integer, Integer> answer, @Nullable String reason, String language) {

	static final int MAX_REASON = 5000;

	Ballot {
		answer = new TreeMap<>(answer);
		reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	/** A ballot whose reason is in the language of the page. */
	Ballot(@Nullable String position, Map<Integer, Integer> answer, @Nullable String reason) {
		this(position, answer, reason, TextLanguages.ofPage());
	}

	Optional<VoteProblem> problem(Decision decision) {
		DecisionKind kind = decision.kind();
		DecisionSettings settings = decision.settings();
		// Only a changed request sends another value: the form offers radios.
		if (!language.matches(TextLanguages.PATTERN)) {
			return problem("language", "web.language.invalid");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			return problem("reason", "decisions.vote.reason.too-long");
		}
		if (!kind.poll()) {
			if (position == null || !kind.positions().contains(position)) {
				return problem("position", "decisions.vote.position.required." + kind);
			}
			if (reason == null && "OBJECT".equals(position)) {
				return problem("reason", "decisions.vote.objection.required");
			}
			if (reason == null && "BLOCK".equals(position)) {
				return problem("reason", "decisions.vote.block.required");
			}
		}
		else {
			int options = decision.options().size();
			for (int option : answer.keySet()) {
				if (option < 0 || option >= options) {
					return problem("options", "decisions.vote.unknown-option");
				}
			}
			Optional<VoteProblem> pollProblem = switch (kind) {
				case APPROVAL -> approval(settings);
				case SCORE -> score(settings);
				case DOT_VOTE -> dots(settings);
				case RANKED_CHOICE -> ranks(options);
				case MEETING_TIME -> times(options);
				default -> Optional.empty();
			};
			if (pollProblem.isPresent()) {
				return pollProblem;
			}
		}
		if (reason == null && settings.reasonRule() == ReasonRule.REQUIRED) {
			return problem("reason", "decisions.vote.reason.required");
		}
		return Optional.empty();
	}

	private Optional<VoteProblem> approval(DecisionSettings settings) {
		if (answer.values().stream().anyMatch(v -> v != 1)) {
			return problem("options", "decisions.vote.unknown-option");
		}
		if (answer.size() < settings.minChoices()) {
			return problem("options", "decisions.vote.approval.too-few", settings.minChoices());
		}
		if (answer.size() > settings.maxChoices()) {
			return problem("options", "decisions.vote.approval.too-many", settings.maxChoices(), answer.size());
		}
		return Optional.empty();
	}

	private Optional<VoteProblem> score(DecisionSettings settings) {
		if (answer.isEmpty()) {
			return problem("options", "decisions.vote.score.none");
		}
		if (answer.values().stream().anyMatch(v -> v < settings.scoreMin() || v > settings.scoreMax())) {
			return problem("options", "decisions.vote.score.range", settings.scoreMin(), settings.scoreMax());
		}
		return Optional.empty();
	}

	private Optional<VoteProblem> dots(DecisionSettings settings) {
		if (answer.values().stream().anyMatch(v -> v < 0)) {
			return problem("options", "decisions.vote.dots.negative");
		}
		int placed = answer.values().stream().mapToInt(Integer::intValue).sum();
		if (placed == 0) {
			return problem("options", "decisions.vote.dots.none");
		}
		if (placed > settings.dots()) {
			return problem("options", "decisions.vote.dots.too-many", settings.dots(), placed);
		}
		return Optional.empty();
	}

	private Optional<VoteProblem> ranks(int options) {
		if (answer.isEmpty()) {
			return problem("options", "decisions.vote.rank.none");
		}
		if (answer.values().stream().anyMatch(v -> v < 1 || v > options)
				|| new HashSet<>(answer.values()).size() != answer.size()) {
			return problem("options", "decisions.vote.rank.invalid", options);
		}
		return Optional.empty();
	}

	private Optional<VoteProblem> times(int options) {
		if (answer.size() != options || answer.values().stream().anyMatch(v -> v < 0 || v > 2)) {
			return problem("options", "decisions.vote.times.missing");
		}
		return Optional.empty();
	}

	private static Optional<VoteProblem> problem(String field, String code, Object... arguments) {
		return Optional.of(new VoteProblem(field, code, arguments));
	}
}
