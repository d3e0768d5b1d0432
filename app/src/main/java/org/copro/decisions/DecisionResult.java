package org.copro.decisions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.copro.engines.voting.Availability;
import org.copro.engines.voting.ChoiceTally;
import org.copro.engines.voting.Outcome;
import org.copro.engines.voting.ProposalTally;
import org.copro.engines.voting.RankedChoice;
import org.copro.engines.voting.Stance;
import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * What the results part of a decision's page shows, counted by the voting engine: the
 * bars of the chart (and its table), the outcome or winners, the quorum, the rounds of a
 * ranked count, and each vote with its voter's name and reason unless the voting is
 * anonymous.
 *
 * @param votes how many voted
 * @param quorum how many votes the result needs (0: none)
 * @param quorumMet whether that many voted
 * @param outcome how a proposal or consent decision ended; null for polls
 * @param bars one bar per position or option, in listed order
 * @param valueKey the message key that says a bar's value, e.g. "{0} votes"
 * @param winners the winning options of a poll (several when tied, or elected in order)
 * @param candidates the options, as the columns of the rounds table
 * @param rounds the rounds of a ranked-choice count
 * @param lines each vote with its voter's name (empty when anonymous)
 * @param objections the objections to a consent decision and their responses
 */
record DecisionResult(int votes, int quorum, boolean quorumMet, @Nullable Outcome outcome, List<Bar> bars,
		String valueKey, List<String> winners, List<String> candidates, List<Round> rounds, List<Line> lines,
		List<ObjectionLine> objections) {

	/**
	 * One bar: a position (message key) or an option (label), its value, and a second
	 * figure where the kind has one (score average, "if need be" answers).
	 */
	record Bar(@Nullable String key, String label, long value, double second) {
	}

	/**
	 * One round of a ranked count: each candidate's votes (blank once out), who was
	 * elected or excluded.
	 */
	record Round(int number, List<String> votes, List<String> elected, List<String> excluded, String exhausted) {
	}

	/**
	 * One part of a poll answer, said by a message key with the option's label and the
	 * value.
	 */
	record Part(String key, String label, int value) {
	}

	/** One vote as listed under the results. */
	record Line(String name, @Nullable String position, List<Part> parts, @Nullable String reason, String language) {
	}

	/**
	 * An objection, who raised it (empty when anonymous or deleted), and the response,
	 * each with the language it is written in.
	 */
	record ObjectionLine(long id, String name, String text, String language, ObjectionStatus status,
			@Nullable String response, String responseLanguage) {

		public boolean open() {
			return status == ObjectionStatus.OPEN;
		}
	}

	/** The largest bar, so that the chart can scale (at least 1). */
	public long max() {
		return Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
	}

	public long openObjections() {
		return objections.stream().filter(ObjectionLine::open).count();
	}

	static DecisionResult of(Decision decision, List<DecisionVote> votes, List<Objection> objections,
			Function<@Nullable AccountId, String> names) {
		DecisionSettings settings = decision.settings();
		List<String> options = decision.options();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			ids.add(Integer.toString(i));
		}
		List<Bar> bars = new ArrayList<>();
		Outcome outcome = null;
		List<String> winners = List.of();
		List<Round> rounds = List.of();
		String valueKey = "decisions.result.value.votes";
		switch (decision.kind()) {
			case PROPOSAL -> {
				ProposalTally.Result tally = ProposalTally.proposal(
						votes.stream().map(v -> Stance.valueOf(String.valueOf(v.position()))).toList(),
						settings.quorum());
				outcome = tally.outcome();
				for (Stance stance : Stance.values()) {
					bars.add(new Bar(positionKey(decision.kind(), stance.name()), "", tally.counts().get(stance), 0));
				}
			}
			case CONSENT -> {
				Set<Long> openObjectors = new HashSet<>();
				objections.stream()
					.filter(Objection::open)
					.map(Objection::objector)
					.forEach(objector -> openObjectors.add(objector == null ? -1 : objector.value()));
				List<Boolean> consents = new ArrayList<>();
				long consenting = 0;
				for (DecisionVote vote : votes) {
					boolean consent = "CONSENT".equals(vote.position());
					consenting += consent ? 1 : 0;
					AccountId voter = vote.voter();
					// An objection the proposer has addressed no longer stops the
					// decision; an open one does.
					consents.add(consent || (voter != null && !openObjectors.contains(voter.value())));
				}
				outcome = openObjectors.isEmpty() ? ProposalTally.consent(consents, settings.quorum()).outcome()
						: Outcome.BLOCKED;
				bars.add(new Bar(positionKey(decision.kind(), "CONSENT"), "", consenting, 0));
				bars.add(new Bar(positionKey(decision.kind(), "OBJECT"), "", votes.size() - consenting, 0));
			}
			case SENSE_CHECK -> {
				List<String> positions = decision.kind().positions();
				ChoiceTally.Result tally = ChoiceTally.singleChoice(positions,
						votes.stream().map(v -> String.valueOf(v.position())).toList());
				positions
					.forEach(p -> bars.add(new Bar(positionKey(decision.kind(), p), "", tally.totals().get(p), 0)));
			}
			case APPROVAL -> {
				ChoiceTally.Result tally = ChoiceTally.approval(ids,
						votes.stream().map(v -> v.answer().keySet().stream().map(String::valueOf).toList()).toList(), 0,
						options.size());
				winners = labels(tally.winners(), options, tally.ballots());
				addBars(bars, tally, options, t -> 0.0);
			}
			case SCORE -> {
				ChoiceTally.Result tally = ChoiceTally.score(ids, votes.stream().map(v -> keyed(v.answer())).toList(),
						settings.scoreMin(), settings.scoreMax());
				winners = labels(tally.winners(), options, tally.ballots());
				addBars(bars, tally, options, tally::average);
				valueKey = "decisions.result.value.points";
			}
			case DOT_VOTE -> {
				ChoiceTally.Result tally = ChoiceTally.dotVote(ids, votes.stream().map(v -> keyed(v.answer())).toList(),
						settings.dots());
				winners = labels(tally.winners(), options, tally.ballots());
				addBars(bars, tally, options, t -> 0.0);
				valueKey = "decisions.result.value.dots";
			}
			case MEETING_TIME -> {
				List<Map<String, Availability>> answers = votes.stream().map(v -> {
					Map<String, Availability> map = new LinkedHashMap<>();
					v.answer()
						.forEach((option, value) -> map.put(Integer.toString(option), value == 2 ? Availability.YES
								: value == 1 ? Availability.IF_NEED_BE : Availability.NO));
					return map;
				}).toList();
				ChoiceTally.Result tally = ChoiceTally.meetingTime(ids, answers);
				Map<String, Long> ifNeedBe = new HashMap<>();
				answers.forEach(a -> a.forEach((option, availability) -> {
					if (availability == Availability.IF_NEED_BE) {
						ifNeedBe.merge(option, 1L, Long::sum);
					}
				}));
				winners = tally.ballots() == 0 ? List.of()
						: List.of(options.get(Integer.parseInt(tally.ranking().getFirst())));
				addBars(bars, tally, options, id -> ifNeedBe.getOrDefault(id, 0L));
				valueKey = "decisions.result.value.times";
			}
			case RANKED_CHOICE -> {
				List<List<String>> ballots = votes.stream()
					.map(v -> v.answer()
						.entrySet()
						.stream()
						.sorted(Map.Entry.comparingByValue())
						.map(e -> Integer.toString(e.getKey()))
						.toList())
					.toList();
				RankedChoice.Result count = settings.method() == RankingMethod.STV
						? RankedChoice.singleTransferableVote(ids, ballots, Math.min(settings.seats(), options.size()))
						: RankedChoice.instantRunoff(ids, ballots);
				winners = votes.isEmpty() ? List.of()
						: count.elected().stream().map(id -> options.get(Integer.parseInt(id))).toList();
				Map<String, Long> first = new HashMap<>();
				ballots.stream().filter(b -> !b.isEmpty()).forEach(b -> first.merge(b.getFirst(), 1L, Long::sum));
				for (int i = 0; i < options.size(); i++) {
					bars.add(new Bar(null, options.get(i), first.getOrDefault(ids.get(i), 0L), 0));
				}
				valueKey = "decisions.result.value.first";
				List<Round> list = new ArrayList<>();
				int number = 1;
				for (RankedChoice.Round round : count.rounds()) {
					List<String> cells = ids.stream()
						.map(id -> round.votes().containsKey(id) ? number(round.votes().get(id)) : "")
						.toList();
					list.add(new Round(number++, cells, labels(round.elected(), options),
							labels(round.excluded(), options), number(round.exhausted())));
				}
				rounds = votes.isEmpty() ? List.of() : list;
			}
		}
		boolean quorumMet = votes.size() >= settings.quorum();
		List<Line> lines = new ArrayList<>();
		if (!decision.anonymous()) {
			for (DecisionVote vote : votes) {
				lines.add(new Line(names.apply(vote.voter()),
						vote.position() == null ? null : positionKey(decision.kind(), vote.position()),
						parts(decision, vote), vote.reason(), vote.language()));
			}
		}
		List<ObjectionLine> objectionLines = objections.stream()
			.map(o -> new ObjectionLine(o.id(), decision.anonymous() ? "" : names.apply(o.objector()), o.text(),
					o.language(), o.status(), o.response(), o.responseLanguage()))
			.toList();
		return new DecisionResult(votes.size(), settings.quorum(), quorumMet, outcome, bars, valueKey, winners, options,
				rounds, lines, objectionLines);
	}

	static String positionKey(DecisionKind kind, String position) {
		return "decisions.position." + kind + "." + position;
	}

	/** A vote's answer to a poll, option by option (ranked: in order of preference). */
	static List<Part> parts(Decision decision, DecisionVote vote) {
		List<String> options = decision.options();
		List<Part> parts = new ArrayList<>();
		List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(vote.answer().entrySet());
		if (decision.kind() == DecisionKind.RANKED_CHOICE) {
			entries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
		}
		for (Map.Entry<Integer, Integer> entry : entries) {
			if (entry.getKey() >= options.size()) {
				continue;
			}
			String key = switch (decision.kind()) {
				case APPROVAL -> "decisions.answer.approval";
				case SCORE -> "decisions.answer.score";
				case DOT_VOTE -> "decisions.answer.dots";
				case RANKED_CHOICE -> "decisions.answer.rank";
				case MEETING_TIME -> "decisions.answer.time." + entry.getValue();
				default -> "decisions.answer.approval";
			};
			if (decision.kind() == DecisionKind.DOT_VOTE && entry.getValue() == 0) {
				continue;
			}
			parts.add(new Part(key, options.get(entry.getKey()), entry.getValue()));
		}
		return parts;
	}

	private static void addBars(List<Bar> bars, ChoiceTally.Result tally, List<String> options,
			Function<String, Number> second) {
		for (int i = 0; i < options.size(); i++) {
			String id = Integer.toString(i);
			bars.add(new Bar(null, options.get(i), tally.totals().get(id), second.apply(id).doubleValue()));
		}
	}

	private static Map<String, Integer> keyed(Map<Integer, Integer> answer) {
		Map<String, Integer> map = new LinkedHashMap<>();
		answer.forEach((option, value) -> map.put(Integer.toString(option), value));
		return map;
	}

	private static List<String> labels(List<String> ids, List<String> options, int ballots) {
		return ballots == 0 ? List.of() : labels(ids, options);
	}

	private static List<String> labels(List<String> ids, List<String> options) {
		return ids.stream().map(id -> options.get(Integer.parseInt(id))).toList();
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}
}
