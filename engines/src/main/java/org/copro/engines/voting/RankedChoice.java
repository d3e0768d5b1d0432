package org.copro.engines.voting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;

/**
 * Ranked-choice tallies: instant run-off for one winner (Hare), and the single
 * transferable vote for several seats with the Droop quota and the weighted inclusive
 * Gregory method of transferring surpluses (as in the Scottish local-government rules,
 * 2007), in exact fractions instead of their five decimals.
 *
 * <p>
 * A ballot ranks some or all of the candidates, best first; a ballot whose ranked
 * candidates are all elected or excluded is exhausted. When candidates tie for exclusion,
 * the one with fewer votes at the latest earlier round where they differed is excluded
 * (the "backwards" tie-break of the Scottish rules); if they tied at every round, the one
 * listed last goes.
 */
public final class RankedChoice {

	private RankedChoice() {
	}

	/** One round of counting: votes of each continuing candidate, and what happened. */
	public record Round(Map<String, Double> votes, List<String> elected, List<String> excluded, double exhausted) {

		public Round {
			votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
			elected = List.copyOf(elected);
			excluded = List.copyOf(excluded);
		}
	}

	/** The winners in order of election, the quota and every round. */
	public record Result(List<String> elected, double quota, List<Round> rounds) {

		public Result {
			elected = List.copyOf(elected);
			rounds = List.copyOf(rounds);
		}
	}

	/**
	 * Instant run-off: the single transferable vote for one seat, where the quota is a
	 * majority.
	 */
	public static Result instantRunoff(List<String> candidates, List<List<String>> ballots) {
		return singleTransferableVote(candidates, ballots, 1);
	}

	/** The single transferable vote for {@code seats} seats. */
	public static Result singleTransferableVote(List<String> candidates, List<List<String>> ballots, int seats) {
		if (seats < 1) {
			throw new InvalidInputException("there must be at least one seat, not " + seats);
		}
		checkBallots(candidates, ballots);
		return new Count(candidates, ballots, seats).run();
	}

	private static void checkBallots(List<String> candidates, List<List<String>> ballots) {
		Set<String> known = new HashSet<>(candidates);
		if (known.size() != candidates.size()) {
			throw new InvalidInputException("a candidate is listed twice");
		}
		for (int b = 0; b < ballots.size(); b++) {
			Set<String> seen = new HashSet<>();
			for (String choice : ballots.get(b)) {
				if (!known.contains(choice)) {
					throw new InvalidInputException(
							"ballot " + (b + 1) + " ranks '" + choice + "', who is not a candidate");
				}
				if (!seen.add(choice)) {
					throw new InvalidInputException("ballot " + (b + 1) + " ranks '" + choice + "' twice");
				}
			}
		}
	}

	/** The state of one count. */
	private static final class Count {

		private final List<String> candidates;

		private final List<List<String>> preferences;

		private final Fraction[] weight;

		private final int seats;

		private final Set<String> continuing;

		private final List<String> elected = new ArrayList<>();

		private final List<Round> rounds = new ArrayList<>();

		/** Each earlier round's totals, for the backwards tie-break. */
		private final List<Map<String, Fraction>> history = new ArrayList<>();

		private final Fraction quota;

		private final Map<String, List<Integer>> pile = new HashMap<>();

		Count(List<String> candidates, List<List<String>> ballots, int seats) {
			this.candidates = candidates;
			this.preferences = ballots;
			this.seats = seats;
			this.weight = new Fraction[ballots.size()];
			java.util.Arrays.fill(weight, Fraction.ONE);
			this.continuing = new HashSet<>(candidates);
			long valid = ballots.stream().filter(b -> !b.isEmpty()).count();
			// Droop quota: the fewest votes that no more than `seats` candidates can all
			// reach.
			this.quota = Fraction.of(valid / (seats + 1) + 1);
		}

		Result run() {
			while (elected.size() < seats && !continuing.isEmpty()) {
				Map<String, Fraction> totals = allocate();
				Fraction exhausted = exhausted();
				List<String> reached = new ArrayList<>();
				for (String candidate : candidates) {
					if (continuing.contains(candidate) && totals.get(candidate).compareTo(quota) >= 0) {
						reached.add(candidate);
					}
				}
				if (continuing.size() <= seats - elected.size()) {
					// As many places as candidates left: all of them are elected, best
					// first.
					List<String> rest = byVotes(totals);
					elected.addAll(rest);
					continuing.clear();
					record(totals, rest, List.of(), exhausted);
					break;
				}
				if (!reached.isEmpty()) {
					List<String> order = byVotes(totals).stream().filter(reached::contains).toList();
					for (String winner : order) {
						if (elected.size() < seats) {
							elected.add(winner);
							continuing.remove(winner);
						}
					}
					// Surpluses move at a fraction of their value: (total - quota) /
					// total.
					for (String winner : order) {
						Fraction total = totals.get(winner);
						Fraction share = total.minus(quota).dividedBy(total);
						for (int b : pile.get(winner)) {
							weight[b] = weight[b].times(share);
						}
					}
					record(totals, order, List.of(), exhausted);
					continue;
				}
				String loser = lowest(totals);
				continuing.remove(loser);
				record(totals, List.of(), List.of(loser), exhausted);
			}
			return new Result(elected, quota.toDouble(), rounds);
		}

		/**
		 * Puts each ballot on the pile of its highest continuing preference and sums the
		 * piles.
		 */
		private Map<String, Fraction> allocate() {
			pile.clear();
			Map<String, Fraction> totals = new LinkedHashMap<>();
			for (String candidate : candidates) {
				if (continuing.contains(candidate) || elected.contains(candidate)) {
					pile.put(candidate, new ArrayList<>());
					totals.put(candidate, Fraction.ZERO);
				}
			}
			for (int b = 0; b < preferences.size(); b++) {
				for (String choice : preferences.get(b)) {
					if (continuing.contains(choice)) {
						pile.get(choice).add(b);
						totals.put(choice, totals.get(choice).plus(weight[b]));
						break;
					}
				}
			}
			totals.keySet().retainAll(continuing);
			history.add(totals);
			return totals;
		}

		private Fraction exhausted() {
			Fraction lost = Fraction.ZERO;
			for (int b = 0; b < preferences.size(); b++) {
				boolean live = preferences.get(b).stream().anyMatch(continuing::contains);
				if (!live && weight[b].numerator().signum() > 0) {
					lost = lost.plus(weight[b]);
				}
			}
			return lost;
		}

		private List<String> byVotes(Map<String, Fraction> totals) {
			List<String> order = new ArrayList<>(totals.keySet());
			order.sort((a, b) -> totals.get(b).compareTo(totals.get(a)));
			return order;
		}

		/**
		 * The continuing candidate with fewest votes, ties broken backwards through
		 * earlier rounds.
		 */
		private String lowest(Map<String, Fraction> totals) {
			List<String> tied = new ArrayList<>();
			Fraction least = null;
			for (String candidate : candidates) {
				if (!continuing.contains(candidate)) {
					continue;
				}
				int cmp = least == null ? -1 : totals.get(candidate).compareTo(least);
				if (cmp < 0) {
					least = totals.get(candidate);
					tied.clear();
				}
				if (cmp <= 0) {
					tied.add(candidate);
				}
			}
			for (int r = history.size() - 2; r >= 0 && tied.size() > 1; r--) {
				Map<String, Fraction> earlier = history.get(r);
				Fraction min = null;
				for (String candidate : tied) {
					Fraction value = earlier.getOrDefault(candidate, Fraction.ZERO);
					min = min == null || value.compareTo(min) < 0 ? value : min;
				}
				Fraction floor = min;
				tied.removeIf(c -> earlier.getOrDefault(c, Fraction.ZERO).compareTo(floor) > 0);
			}
			return tied.getLast();
		}

		private void record(Map<String, Fraction> totals, List<String> electedNow, List<String> excludedNow,
				Fraction exhausted) {
			Map<String, Double> votes = new LinkedHashMap<>();
			totals.forEach((candidate, value) -> votes.put(candidate, value.toDouble()));
			for (String winner : electedNow) {
				votes.putIfAbsent(winner, 0.0);
			}
			rounds.add(new Round(votes, electedNow, excludedNow, exhausted.toDouble()));
		}

	}

}
