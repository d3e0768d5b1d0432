package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.copro.engines.sortition.SelectionResult.PanelShare;
import org.copro.engines.sortition.SelectionResult.TypeGroup;
import org.jspecify.annotations.Nullable;

/**
 * Draws a citizens' panel: checks the quotas, computes the lottery with the chosen
 * algorithm, checks the lottery exactly and draws one panel from a seed.
 *
 * <p>
 * The draw uses {@link Random}, whose algorithm the Java specification fixes, so anyone
 * can repeat it from a published seed (for instance one formed from public lottery
 * numbers). With a transparent lottery of M panels, the panel is number
 * {@code seed mod M} (counted from 0) of the published list instead, which can be checked
 * by hand.
 */
public final class Sortition {

	/** The tolerance of the exactness checks on floating-point probabilities. */
	public static final double TOLERANCE = 1e-6;

	private Sortition() {
	}

	/**
	 * Selects a panel.
	 * @param lotterySize M for a transparent lottery of M panels, or 0 for none (LEXIMIN
	 * only)
	 * @param legacySamples how many LEGACY draws estimate its probabilities
	 * @throws QuotaFeasibility.InfeasibleQuotasException when no panel meets the quotas
	 */
	public static SelectionResult select(SelectionProblem problem, Algorithm algorithm, long seed, int lotterySize,
			int legacySamples) {
		QuotaFeasibility.requireFeasible(problem);
		return switch (algorithm) {
			case LEXIMIN -> leximin(problem, seed, lotterySize);
			case LEGACY -> legacy(problem, seed, legacySamples);
		};
	}

	private static SelectionResult leximin(SelectionProblem problem, long seed, int lotterySize) {
		TypeLottery lottery = Leximin.solve(problem);
		check(problem, lottery);
		double[] typeProbability = lottery.typeProbabilities(problem);
		Map<String, Double> probabilities = new LinkedHashMap<>();
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < problem.respondents().size(); i++) {
			double probability = typeProbability[problem.typeOf(i)];
			probabilities.put(problem.respondents().get(i).id(), probability);
			min = Math.min(min, probability);
		}
		List<PanelShare> distribution = new ArrayList<>();
		for (int p = 0; p < lottery.panels().size(); p++) {
			Map<Integer, Integer> seats = new TreeMap<>();
			int[] panel = lottery.panels().get(p);
			for (int t = 0; t < panel.length; t++) {
				if (panel[t] > 0) {
					seats.put(t, panel[t]);
				}
			}
			distribution.add(new PanelShare(lottery.weights()[p], seats));
		}
		TransparentLottery.@Nullable Result transparent = null;
		List<String> drawn;
		if (lotterySize > 0) {
			transparent = TransparentLottery.round(problem, lottery, lotterySize);
			for (List<String> panel : transparent.panels()) {
				requireValid(problem, panel);
			}
			drawn = transparent.panels().get((int) Math.floorMod(seed, (long) lotterySize));
		}
		else {
			drawn = draw(problem, lottery, new Random(seed));
		}
		requireValid(problem, drawn);
		return new SelectionResult(Algorithm.LEXIMIN, probabilities, min, types(problem), distribution, drawn, seed, 0,
				transparent, lottery.stats());
	}

	private static SelectionResult legacy(SelectionProblem problem, long seed, int samples) {
		if (samples < 1) {
			throw new IllegalArgumentException("LEGACY needs at least one sample");
		}
		Legacy legacy = new Legacy(problem);
		Random random = new Random(seed);
		int[] panel = legacy.draw(random);
		List<String> drawn = ids(problem, panel);
		requireValid(problem, drawn);
		int[] count = new int[problem.respondents().size()];
		for (int sample = 0; sample < samples; sample++) {
			for (int i : legacy.draw(random)) {
				count[i]++;
			}
		}
		Map<String, Double> probabilities = new LinkedHashMap<>();
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < count.length; i++) {
			double probability = count[i] / (double) samples;
			probabilities.put(problem.respondents().get(i).id(), probability);
			min = Math.min(min, probability);
		}
		return new SelectionResult(Algorithm.LEGACY, probabilities, min, List.of(), List.of(), drawn, seed, samples,
				null, Map.of());
	}

	/**
	 * Draws a panel of types by its weight, then each type's seats uniformly among its
	 * members.
	 */
	static List<String> draw(SelectionProblem problem, TypeLottery lottery, Random random) {
		double ticket = random.nextDouble();
		int chosen = lottery.panels().size() - 1;
		double cumulative = 0;
		for (int p = 0; p < lottery.panels().size(); p++) {
			cumulative += lottery.weights()[p];
			if (ticket < cumulative) {
				chosen = p;
				break;
			}
		}
		int[] seats = lottery.panels().get(chosen);
		List<Integer> panel = new ArrayList<>();
		for (int t = 0; t < seats.length; t++) {
			int[] members = problem.members(t).clone();
			for (int j = 0; j < seats[t]; j++) {
				int swap = j + random.nextInt(members.length - j);
				int member = members[swap];
				members[swap] = members[j];
				members[j] = member;
				panel.add(member);
			}
		}
		return ids(problem, panel.stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * The exactness checks: every panel in the support meets the size, every quota and
	 * the household rule (counted in integers), the weights form a distribution, and the
	 * probabilities sum to k.
	 */
	static void check(SelectionProblem problem, TypeLottery lottery) {
		double total = 0;
		for (int p = 0; p < lottery.panels().size(); p++) {
			List<String> problems = PanelChecks.violations(problem, lottery.panels().get(p));
			if (!problems.isEmpty()) {
				throw new IllegalStateException("a panel in the lottery is invalid: " + problems);
			}
			if (!(lottery.weights()[p] >= 0)) {
				throw new IllegalStateException("a negative panel weight: " + lottery.weights()[p]);
			}
			total += lottery.weights()[p];
		}
		if (Math.abs(total - 1) > TOLERANCE) {
			throw new IllegalStateException("panel weights sum to " + total);
		}
		double[] typeProbability = lottery.typeProbabilities(problem);
		double sum = 0;
		for (int t = 0; t < typeProbability.length; t++) {
			sum += typeProbability[t] * problem.typeSize(t);
		}
		if (Math.abs(sum - problem.panelSize()) > TOLERANCE) {
			throw new IllegalStateException("probabilities sum to " + sum + " instead of " + problem.panelSize());
		}
	}

	private static void requireValid(SelectionProblem problem, List<String> panel) {
		List<String> problems = PanelChecks.violations(problem, panel);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the drawn panel is invalid: " + problems);
		}
	}

	private static List<String> ids(SelectionProblem problem, int[] panel) {
		return Arrays.stream(panel).mapToObj(i -> problem.respondents().get(i).id()).toList();
	}

	private static List<TypeGroup> types(SelectionProblem problem) {
		List<TypeGroup> types = new ArrayList<>();
		for (int t = 0; t < problem.typeCount(); t++) {
			Respondent first = problem.respondents().get(problem.members(t)[0]);
			Map<String, String> features = new LinkedHashMap<>();
			for (String category : problem.categories()) {
				features.put(category, first.features().get(category));
			}
			types.add(new TypeGroup(t, features, ids(problem, problem.members(t))));
		}
		return types;
	}

}
