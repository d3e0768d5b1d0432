package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A fast heuristic for the pricing problem: improves a valid panel by exchanges that keep
 * it valid.
 *
 * <p>
 * It replaces one seat by another type when every quota stays within its bounds, or two
 * seats by two types with the same answers between them (which leaves every quota count
 * unchanged, the only move possible when quotas are exact). Column generation asks it
 * first and turns to the integer program only when it finds no panel that beats the dual
 * cap, so the exact solver is needed about once per leximin stage rather than once per
 * new panel.
 */
final class LocalSearch {

	private final SelectionProblem problem;

	private final int categories;

	private final int[][] quotasOfType;

	/**
	 * Largest number of answer combinations looked up in a plain array rather than a map.
	 */
	private static final long TABLE_LIMIT = 1 << 22;

	/** Each quota's position among its category's answers. */
	private final int[] answerIndex;

	/** The place value of each category when answers are numbered in mixed radix. */
	private final long[] stride;

	/** Types by the number of their answers: an array when small, else a map. */
	private final int @Nullable [][] table;

	private final Map<Long, int[]> typesByAnswers = new HashMap<>();

	private final int[] householdOf;

	/**
	 * The lists of {@link #table} or {@link #typesByAnswers}, heaviest first under
	 * {@link #sortedFor}.
	 */
	private int @Nullable [][] sortedTable;

	private final Map<Long, int[]> sortedByAnswers = new HashMap<>();

	private double @Nullable [] sortedFor;

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
			sortedTable = new int[(int) combinations][];
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

	/**
	 * Climbs from {@code start} by best-improving exchanges; returns a new valid panel.
	 */
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
		// A gainful move brings in at least one type of positive weight; dual weights are
		// sparse.
		int[] heavy = java.util.stream.IntStream.range(0, weight.length).filter(t -> weight[t] > 0).toArray();
		double heaviest = 0;
		for (int t : heavy) {
			heaviest = Math.max(heaviest, weight[t]);
		}
		sortByWeight(weight);
		for (int round = 0; round < 1000; round++) {
			Move best = bestSingle(seats, perQuota, perHousehold, weight, heavy);
			Move pair = bestPair(seats, perHousehold, weight, heaviest);
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

	/**
	 * Orders each list of types with the same answers heaviest first (then by type), once
	 * per weight vector.
	 */
	private void sortByWeight(double[] weight) {
		if (weight == sortedFor) {
			return;
		}
		sortedFor = weight;
		Comparator<Integer> heaviestFirst = Comparator.<Integer>comparingDouble(t -> -weight[t])
			.thenComparingInt(t -> t);
		typesByAnswers.forEach((key, types) -> sortedByAnswers.put(key,
				Arrays.stream(types).boxed().sorted(heaviestFirst).mapToInt(Integer::intValue).toArray()));
		int[][] sorted = sortedTable;
		if (sorted != null) {
			sortedByAnswers.forEach((key, types) -> sorted[(int) (long) key] = types);
		}
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

	/**
	 * Exchanges of two seats for two types whose answers, together, are those of the two
	 * seats. Where the seats' answers differ, each of the pair takes one of them: the
	 * partners are found by going through those choices, not through every type.
	 */
	private @Nullable Move bestPair(int[] seats, int[] perHousehold, double[] weight, double heaviest) {
		int[] occupied = seatList(seats);
		Move best = null;
		int[] differing = new int[categories];
		for (int i = 0; i < occupied.length; i++) {
			// Seats of one type come together in the list: each pair of types is tried
			// once.
			if (i > 0 && occupied[i - 1] == occupied[i]) {
				continue;
			}
			for (int j = i + 1; j < occupied.length; j++) {
				int a = occupied[i];
				int c = occupied[j];
				if (j > i + 1 && occupied[j - 1] == c) {
					continue;
				}
				double out = weight[a] + weight[c];
				if (2 * heaviest - out <= (best == null ? 1e-12 : best.gain)) {
					continue;
				}
				int[] answersA = quotasOfType[a];
				int[] answersC = quotasOfType[c];
				int count = 0;
				for (int k = 0; k < categories; k++) {
					if (answersA[k] != answersC[k]) {
						differing[count++] = k;
					}
				}
				long keyA = key(answersA);
				long keyBoth = keyA + key(answersC);
				// Choosing for b the complement of a choice gives the same pair with
				// roles swapped: the last
				// differing category always takes a's answer for b.
				int choices = count == 0 ? 1 : 1 << (count - 1);
				for (int mask = 0; mask < choices; mask++) {
					long keyB = keyA;
					for (int bit = 0; bit < count; bit++) {
						if ((mask & (1 << bit)) != 0) {
							int k = differing[bit];
							keyB += (answerIndex[answersC[k]] - answerIndex[answersA[k]]) * stride[k];
						}
					}
					int[] typesB = sortedTypes(keyB);
					int[] typesD = sortedTypes(keyBoth - keyB);
					if (typesB == null || typesD == null) {
						continue;
					}
					best = bestPartners(typesB, typesD, a, c, out, seats, perHousehold, weight, best);
				}
			}
		}
		return best;
	}

	/**
	 * The best exchange of seats {@code a} and {@code c} for a type of each list, both
	 * heaviest first.
	 */
	private @Nullable Move bestPartners(int[] typesB, int[] typesD, int a, int c, double out, int[] seats,
			int[] perHousehold, double[] weight, @Nullable Move best) {
		double topD = weight[typesD[0]];
		for (int b : typesB) {
			if (weight[b] + topD - out <= (best == null ? 1e-12 : best.gain)) {
				break;
			}
			if (b == a || b == c) {
				continue;
			}
			for (int d : typesD) {
				double gain = weight[b] + weight[d] - out;
				if (gain <= (best == null ? 1e-12 : best.gain)) {
					break;
				}
				if (d != a && d != c && fits(b, d, a, c, seats, perHousehold)) {
					best = new Move(gain, a, b, c, d);
				}
			}
		}
		return best;
	}

	private int @Nullable [] sortedTypes(long key) {
		return table != null ? sortedTable[(int) key] : sortedByAnswers.get(key);
	}

	/**
	 * The number of an answer combination in mixed radix: distinct combinations get
	 * distinct numbers.
	 */
	private long key(int[] answers) {
		long key = 0;
		for (int c = 0; c < categories; c++) {
			key += answerIndex[answers[c]] * stride[c];
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
