package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Rounds a lottery to M equally likely panels that can be published and drawn by anyone,
 * after Flanigan, Kehne and Procaccia, "Fair sortition made transparent" (NeurIPS 2021).
 *
 * <p>
 * Each panel's share is rounded to a multiple of 1/M by largest remainders (the paper's
 * rounding is finer; this one is simple and exact in its bookkeeping), and within a type
 * the seats of all M panels go round-robin through its members, so two members of a type
 * appear within one panel of each other. Every panel stays valid; the result reports how
 * far each respondent's chance moved.
 */
public final class TransparentLottery {

	private TransparentLottery() {
	}

	/**
	 * The published lottery.
	 *
	 * @param panels M panels, each drawn with probability 1/M
	 * @param minProbability the smallest chance of selection under the rounded lottery
	 * @param maxDeviation the largest change of any respondent's chance caused by the
	 * rounding
	 */
	public record Result(List<List<String>> panels, double minProbability, double maxDeviation) {
	}

	static Result round(SelectionProblem problem, TypeLottery lottery, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("a transparent lottery needs at least one panel");
		}
		int support = lottery.panels().size();
		int[] copies = new int[support];
		double[] remainder = new double[support];
		int assigned = 0;
		for (int p = 0; p < support; p++) {
			double exact = lottery.weights()[p] * size;
			copies[p] = (int) Math.floor(exact);
			remainder[p] = exact - copies[p];
			assigned += copies[p];
		}
		Integer[] byRemainder = IntStream.range(0, support).boxed().toArray(Integer[]::new);
		Arrays.sort(byRemainder, Comparator.comparingDouble((Integer p) -> -remainder[p]).thenComparingInt(p -> p));
		for (int i = 0; assigned < size; i++, assigned++) {
			copies[byRemainder[i % support]]++;
		}
		int[] nextMember = new int[problem.typeCount()];
		List<List<String>> panels = new ArrayList<>();
		Map<String, Integer> appearances = new HashMap<>();
		for (int p = 0; p < support; p++) {
			int[] seats = lottery.panels().get(p);
			for (int copy = 0; copy < copies[p]; copy++) {
				List<String> panel = new ArrayList<>();
				for (int t = 0; t < seats.length; t++) {
					int[] members = problem.members(t);
					for (int j = 0; j < seats[t]; j++) {
						String id = problem.respondents().get(members[(nextMember[t] + j) % members.length]).id();
						panel.add(id);
						appearances.merge(id, 1, Integer::sum);
					}
					nextMember[t] = (nextMember[t] + seats[t]) % members.length;
				}
				panels.add(List.copyOf(panel));
			}
		}
		double[] exact = lottery.typeProbabilities(problem);
		double min = Double.POSITIVE_INFINITY;
		double deviation = 0;
		for (int i = 0; i < problem.respondents().size(); i++) {
			double rounded = appearances.getOrDefault(problem.respondents().get(i).id(), 0) / (double) size;
			min = Math.min(min, rounded);
			deviation = Math.max(deviation, Math.abs(rounded - exact[problem.typeOf(i)]));
		}
		return new Result(List.copyOf(panels), min, deviation);
	}

}
