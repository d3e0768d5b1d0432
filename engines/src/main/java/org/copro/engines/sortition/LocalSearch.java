package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A fast heuristic for the pricing problem: improves a valid panel by exchanges that keep it valid.
 *
 * <p>It replaces one seat by another type when every quota stays within its bounds, or two seats by
 * two types with the same answers between them (which leaves every quota count unchanged, the only
 * move possible when quotas are exact). Column generation asks it first and turns to the integer
 * program only when it finds no panel that beats the dual cap, so the exact solver is needed about
 * once per leximin stage rather than once per new panel.
 */
final class LocalSearch {

	private final SelectionProblem problem;

	private final int categories;

	private final int[][] quotasOfType;

	/** Largest number of answer combinations looked up in a plain array rather than a map. */
	private static final long TABLE_LIMIT = 1 << 22;

	/** Each quota's position among its category's answers. */
	private final int[] answerIndex;

	/** The place value of each category when answers are numbered in mixed radix. */
	private final long[] stride;

	/** Types by the number of their answers: an array when small, else a map. */
	private final int @Nullable [][] table;

	private final Map<Long, int[]> typesByAnswers = new HashMap<>();

	private final int[] householdOf;

	LocalSearch(SelectionProblem problem) {
		this.problem = problem;
		this.categories = problem.categories().size();
		int types = problem.typeCount();
		this.quotasOfType = new int[types][];
		this.householdOf = new int[types];
		Arrays.fill(householdOf, -1);
		this.answerIndex = new int[problem.quotas().size()];
		Map<String, Integer> answersPerCategory = new HashMap<>();
		for (int q = 0; q < answerIndex.length; q++) {
			answerIndex[q] = answersPerCategory.merge(problem.quotas().get(q).category(), 1, Integer::sum) - 1;
		}
		this.stride = new long[categories];
		long combinations = 1;
		for (int c = 0; c < categories; c++) {
			stride[c] = combinations;
			long radix = answersPerCategory.get(problem.categories().get(c));
			combinations = combinations > Long.MAX_VALUE / radix ? Long.MAX_VALUE : combinations * radix;
		}
		Map<Long, List<Integer>> grouped = new HashMap<>();
		for (int t = 0; t < types; t++) {
			quotasOfType[t] = problem.quotasOfType(t);
			grouped.computeIfAbsent(key(quotasOfType[t]), k -> new ArrayList<>()).add(t);
		}
		grouped.forEach((key, list) -> typesByAnswers.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
		if (combinations <= TABLE_LIMIT) {
			table = new int[(int) combinations][];
			typesByAnswers.forEach((key, list) -> table[(int) (long) key] = list);
		}
		else {
			table = null;
		}
		for (int h = 0; h < problem.households().size(); h++) {
			for (int t : problem.households().get(h)) {
				householdOf[t] = h;
			}
		}
	}

	/** Climbs from {@code start} by best-improving exchanges; returns a new valid panel. */
	int[] improve(int[] start, double[] weight) {
		int[] seats = start.clone();
		int[] perQuota = new int[problem.quotas().size()];
		int[] perHousehold = new int[problem.households().size()];
		for (int t = 0; t < seats.length; t++) {
			for (int q : quotasOfType[t]) {
				perQuota[q] += seats[t];
			}
			if (householdOf[t] >= 0) {
				perHousehold[householdOf[t]] += seats[t];
			}
		}
		// A gainful move brings in at least one type of positive weight; dual weights are sparse.
		int[] heavy = java.util.stream.IntStream.range(0, weight.length).filter(t -> weight[t] > 0).toArray();
		for (int round = 0; round < 1000; round++) {
			Move best = bestSingle(seats, perQuota, perHousehold, weight, heavy);
			Move pair = bestPair(seats, perHousehold, weight, heavy);
			if (pair != null && (best == null || pair.gain > best.gain)) {
				best = pair;
			}
			if (best == null || best.gain <= 1e-12) {
				break;
			}
			apply(best.out1, -1, seats, perQuota, perHousehold);
			apply(best.in1, 1, seats, perQuota, perHousehold);
			if (best.out2 >= 0) {
				apply(best.out2, -1, seats, perQuota, perHousehold);
				apply(best.in2, 1, seats, perQuota, perHousehold);
			}
		}
		return seats;
	}

	private record Move(double gain, int out1, int in1, int out2, int in2) {
	}

	private void apply(int type, int delta, int[] seats, int[] perQuota, int[] perHousehold) {
		seats[type] += delta;
		for (int q : quotasOfType[type]) {
			perQuota[q] += delta;
		}
		if (householdOf[type] >= 0) {
			perHousehold[householdOf[type]] += delta;
		}
	}

	private Move bestSingle(int[] seats, int[] perQuota, int[] perHousehold, double[] weight, int[] heavy) {
		Move best = null;
		for (int out = 0; out < seats.length; out++) {
			if (seats[out] == 0) {
				continue;
			}
			for (int in : heavy) {
				double gain = weight[in] - weight[out];
				if (in == out || gain <= 1e-12 || (best != null && gain <= best.gain)
						|| seats[in] >= problem.typeSize(in) || !householdFree(in, out, -1, perHousehold)) {
					continue;
				}
				if (quotasAllow(out, in, perQuota)) {
					best = new Move(gain, out, in, -1, -1);
				}
			}
		}
		return best;
	}

	private boolean quotasAllow(int out, int in, int[] perQuota) {
		for (int c = 0; c < categories; c++) {
			int leaving = quotasOfType[out][c];
			int coming = quotasOfType[in][c];
			if (leaving != coming && (perQuota[leaving] - 1 < problem.quotas().get(leaving).min()
					|| perQuota[coming] + 1 > problem.quotas().get(coming).max())) {
				return false;
			}
		}
		return true;
	}

	/** Exchanges of two seats for two types whose answers, together, are those of the two seats. */
	private Move bestPair(int[] seats, int[] perHousehold, double[] weight, int[] heavy) {
		int[] occupied = seatList(seats);
		Integer[] byWeight = Arrays.stream(heavy).boxed().toArray(Integer[]::new);
		Arrays.sort(byWeight, (x, y) -> Double.compare(weight[y], weight[x]));
		double heaviest = byWeight.length == 0 ? 0 : weight[byWeight[0]];
		Move best = null;
		int[] partner = new int[categories];
		for (int i = 0; i < occupied.length; i++) {
			// Seats of one type come together in the list: each pair of types is tried once.
			if (i > 0 && occupied[i - 1] == occupied[i]) {
				continue;
			}
			for (int j = i + 1; j < occupied.length; j++) {
				int a = occupied[i];
				int c = occupied[j];
				if (j > i + 1 && occupied[j - 1] == c) {
					continue;
				}
				for (int b : byWeight) {
					// No partner weighs more than the heaviest type: later b cannot beat the best move.
					if (weight[b] + heaviest - weight[a] - weight[c] <= (best == null ? 1e-12 : best.gain)) {
						break;
					}
					if (b == a || b == c) {
						continue;
					}
					long partnerKey = partnerOf(quotasOfType[a], quotasOfType[c], quotasOfType[b], partner);
					if (partnerKey < 0) {
						continue;
					}
					int[] candidates = table != null ? table[(int) partnerKey] : typesByAnswers.get(partnerKey);
					if (candidates == null) {
						continue;
					}
					for (int d : candidates) {
						double gain = weight[b] + weight[d] - weight[a] - weight[c];
						if (d == a || d == c || gain <= 1e-12 || (best != null && gain <= best.gain)) {
							continue;
						}
						if (fits(b, d, a, c, seats, perHousehold)) {
							best = new Move(gain, a, b, c, d);
						}
					}
				}
			}
		}
		return best;
	}

	/** The number of an answer combination in mixed radix: distinct combinations get distinct numbers. */
	private long key(int[] answers) {
		long key = 0;
		for (int c = 0; c < categories; c++) {
			key += answerIndex[answers[c]] * stride[c];
		}
		return key;
	}

	/**
	 * Writes into {@code d} the answers that with {@code b} make up {@code a} and {@code c}, and
	 * returns their number, or -1 when no such answers exist.
	 */
	private long partnerOf(int[] a, int[] c, int[] b, int[] d) {
		long key = 0;
		for (int k = 0; k < categories; k++) {
			if (b[k] == a[k]) {
				d[k] = c[k];
			}
			else if (b[k] == c[k]) {
				d[k] = a[k];
			}
			else {
				return -1;
			}
			key += answerIndex[d[k]] * stride[k];
		}
		return key;
	}

	private boolean fits(int b, int d, int a, int c, int[] seats, int[] perHousehold) {
		int needB = 1 + (b == d ? 1 : 0);
		int freedB = (a == b ? 1 : 0) + (c == b ? 1 : 0);
		if (seats[b] + needB - freedB > problem.typeSize(b)) {
			return false;
		}
		if (b != d) {
			int freedD = (a == d ? 1 : 0) + (c == d ? 1 : 0);
			if (seats[d] + 1 - freedD > problem.typeSize(d)) {
				return false;
			}
		}
		if (householdOf[b] >= 0 || householdOf[d] >= 0) {
			int[] copy = perHousehold.clone();
			for (int out : new int[] { a, c }) {
				if (householdOf[out] >= 0) {
					copy[householdOf[out]]--;
				}
			}
			for (int in : new int[] { b, d }) {
				if (householdOf[in] >= 0 && ++copy[householdOf[in]] > 1) {
					return false;
				}
			}
		}
		return true;
	}

	private boolean householdFree(int in, int out, int out2, int[] perHousehold) {
		int h = householdOf[in];
		if (h < 0) {
			return true;
		}
		int seated = perHousehold[h] - (householdOf[out] == h ? 1 : 0) - (out2 >= 0 && householdOf[out2] == h ? 1 : 0);
		return seated == 0;
	}

	private static int[] seatList(int[] seats) {
		int total = 0;
		for (int count : seats) {
			total += count;
		}
		int[] list = new int[total];
		int next = 0;
		for (int t = 0; t < seats.length; t++) {
			for (int j = 0; j < seats[t]; j++) {
				list[next++] = t;
			}
		}
		return list;
	}
}
