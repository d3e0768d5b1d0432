package org.copro.engines.voting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;

/**
 * Tallies of polls over a list of options: a sense check or single choice (one option
 * each), approval with a minimum and maximum number of choices, score (range) voting, dot
 * voting and meeting-time polls.
 *
 * <p>
 * Approval voting as in Brams and Fishburn, "Approval Voting" (1983); score voting as
 * range voting (Smith, 2000); dot voting as cumulative voting with a fixed number of
 * dots. Every ballot is checked against the poll's rules and a bad one is refused, naming
 * it (ballots count from 1). Ties in the ranking keep the options' listed order, so the
 * result never depends on chance.
 */
public final class ChoiceTally {

	private ChoiceTally() {
	}

	/**
	 * Totals per option, in listed order, and the options ranked from the best total
	 * down.
	 *
	 * @param totals the count, points or dots of each option
	 * @param ballots the number of ballots counted
	 */
	public record Result(Map<String, Long> totals, List<String> ranking, int ballots) {

		public Result {
			totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
			ranking = List.copyOf(ranking);
		}

		/** The option(s) with the best total (several when tied). */
		public List<String> winners() {
			if (ranking.isEmpty()) {
				return List.of();
			}
			long best = totals.get(ranking.getFirst());
			return ranking.stream().filter(o -> totals.get(o) == best).toList();
		}

		/** Mean points per ballot of an option (for score polls). */
		public double average(String option) {
			return ballots == 0 ? 0 : (double) totals.get(option) / ballots;
		}
	}

	/** One option per ballot (sense check, single choice): the count of each option. */
	public static Result singleChoice(List<String> options, List<String> ballots) {
		Map<String, Long> totals = zeros(options);
		for (int b = 0; b < ballots.size(); b++) {
			requireOption(totals, ballots.get(b), b);
			totals.merge(ballots.get(b), 1L, Long::sum);
		}
		return result(options, totals, ballots.size());
	}

	/**
	 * Approval: each ballot approves between {@code min} and {@code max} distinct
	 * options.
	 */
	public static Result approval(List<String> options, List<? extends Collection<String>> ballots, int min, int max) {
		if (min < 0 || max < min) {
			throw new InvalidInputException("approval limits must satisfy 0 <= min <= max, not " + min + ".." + max);
		}
		Map<String, Long> totals = zeros(options);
		for (int b = 0; b < ballots.size(); b++) {
			Collection<String> ballot = ballots.get(b);
			Set<String> distinct = new HashSet<>(ballot);
			if (distinct.size() != ballot.size()) {
				throw bad(b, "approves the same option twice");
			}
			if (ballot.size() < min || ballot.size() > max) {
				throw bad(b, "approves " + ballot.size() + " options; this poll takes " + min + " to " + max);
			}
			for (String option : ballot) {
				requireOption(totals, option, b);
				totals.merge(option, 1L, Long::sum);
			}
		}
		return result(options, totals, ballots.size());
	}

	/**
	 * Score voting: each ballot gives each option it mentions a score between
	 * {@code minScore} and {@code maxScore}; an option not mentioned scores
	 * {@code minScore}. Ranked by total score.
	 */
	public static Result score(List<String> options, List<Map<String, Integer>> ballots, int minScore, int maxScore) {
		if (maxScore < minScore) {
			throw new InvalidInputException("score range " + minScore + ".." + maxScore + " is empty");
		}
		Map<String, Long> totals = zeros(options);
		for (int b = 0; b < ballots.size(); b++) {
			for (String option : options) {
				totals.merge(option, (long) minScore, Long::sum);
			}
			for (Map.Entry<String, Integer> score : ballots.get(b).entrySet()) {
				requireOption(totals, score.getKey(), b);
				int value = score.getValue();
				if (value < minScore || value > maxScore) {
					throw bad(b, "scores '" + score.getKey() + "' " + value + "; scores run from " + minScore + " to "
							+ maxScore);
				}
				totals.merge(score.getKey(), (long) value - minScore, Long::sum);
			}
		}
		return result(options, totals, ballots.size());
	}

	/**
	 * Dot voting: each voter places at most {@code dots} dots, any number on one option.
	 */
	public static Result dotVote(List<String> options, List<Map<String, Integer>> ballots, int dots) {
		Map<String, Long> totals = zeros(options);
		for (int b = 0; b < ballots.size(); b++) {
			long placed = 0;
			for (Map.Entry<String, Integer> dot : ballots.get(b).entrySet()) {
				requireOption(totals, dot.getKey(), b);
				if (dot.getValue() < 0) {
					throw bad(b, "places a negative number of dots on '" + dot.getKey() + "'");
				}
				placed += dot.getValue();
				totals.merge(dot.getKey(), (long) dot.getValue(), Long::sum);
			}
			if (placed > dots) {
				throw bad(b, "places " + placed + " dots; each voter has " + dots);
			}
		}
		return result(options, totals, ballots.size());
	}

	/**
	 * A meeting-time poll: the best slot is the one most people can make; among those,
	 * the one the most can make "if need be". Totals count yes answers; the ranking
	 * breaks ties by "if need be".
	 */
	public static Result meetingTime(List<String> slots, List<Map<String, Availability>> ballots) {
		Map<String, Long> yes = zeros(slots);
		Map<String, Long> ifNeedBe = zeros(slots);
		for (int b = 0; b < ballots.size(); b++) {
			for (Map.Entry<String, Availability> answer : ballots.get(b).entrySet()) {
				requireOption(yes, answer.getKey(), b);
				if (answer.getValue() == Availability.YES) {
					yes.merge(answer.getKey(), 1L, Long::sum);
				}
				else if (answer.getValue() == Availability.IF_NEED_BE) {
					ifNeedBe.merge(answer.getKey(), 1L, Long::sum);
				}
			}
		}
		List<String> ranking = new ArrayList<>(slots);
		ranking.sort(Comparator.comparingLong((String s) -> -yes.get(s)).thenComparingLong(s -> -ifNeedBe.get(s)));
		return new Result(yes, ranking, ballots.size());
	}

	private static Map<String, Long> zeros(List<String> options) {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (String option : options) {
			if (totals.put(option, 0L) != null) {
				throw new InvalidInputException("option '" + option + "' is listed twice");
			}
		}
		return totals;
	}

	private static Result result(List<String> options, Map<String, Long> totals, int ballots) {
		List<String> ranking = new ArrayList<>(options);
		// List.sort is stable: equal totals keep the listed order.
		ranking.sort(Comparator.comparingLong((String o) -> -totals.get(o)));
		return new Result(totals, ranking, ballots);
	}

	private static void requireOption(Map<String, Long> totals, String option, int ballot) {
		if (!totals.containsKey(option)) {
			throw bad(ballot, "names '" + option + "', which is not an option of this poll");
		}
	}

	private static InvalidInputException bad(int ballot, String problem) {
		return new InvalidInputException("ballot " + (ballot + 1) + " " + problem);
	}

}
