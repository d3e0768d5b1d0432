package org.copro.engines.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * LEXIMIN checked against an independent computation: every valid panel of a tiny pool is
 * enumerated person by person (no types), and the textbook leximin is solved on them by
 * maximin LPs that fix a person only once an LP shows they cannot exceed the current
 * level.
 */
class LeximinTests {

	static Stream<Arguments> pools() {
		return Stream.of(Arguments.of("tiny", Fixtures.problem("tiny", 5)),
				Arguments.of("households", Fixtures.problem("households", 4)),
				Arguments.of("random 1", randomPool(1, 11, 5)), Arguments.of("random 2", randomPool(2, 12, 4)),
				Arguments.of("random 3", randomPool(3, 10, 6)), Arguments.of("random 4", randomPool(4, 12, 5)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pools")
	void matchesTheLeximinOfAllEnumeratedPanels(String name, SelectionProblem problem) {
		double[] expected = bruteForceLeximin(problem);
		SelectionResult result = Sortition.select(problem, Algorithm.LEXIMIN, 7, 0, 0);

		double[] actual = problem.respondents().stream().mapToDouble(r -> result.probabilities().get(r.id())).toArray();
		assertThat(result.minProbability()).isCloseTo(Arrays.stream(expected).min().orElseThrow(), within(1e-6));
		double[] sortedExpected = expected.clone();
		double[] sortedActual = actual.clone();
		Arrays.sort(sortedExpected);
		Arrays.sort(sortedActual);
		for (int i = 0; i < sortedExpected.length; i++) {
			assertThat(sortedActual[i]).as("%d-th smallest probability", i).isCloseTo(sortedExpected[i], within(1e-6));
		}
		// Leximin is unique, so even the individual probabilities agree.
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i]).as(problem.respondents().get(i).id()).isCloseTo(expected[i], within(1e-6));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pools")
	void meetsTheExactnessChecks(String name, SelectionProblem problem) {
		TypeLottery lottery = Leximin.solve(problem);

		double total = 0;
		for (int p = 0; p < lottery.panels().size(); p++) {
			assertThat(PanelChecks.violations(problem, lottery.panels().get(p))).isEmpty();
			total += lottery.weights()[p];
		}
		assertThat(total).isCloseTo(1, within(1e-9));
		double[] probability = lottery.typeProbabilities(problem);
		double sum = 0;
		for (int t = 0; t < probability.length; t++) {
			sum += probability[t] * problem.typeSize(t);
		}
		assertThat(sum).isCloseTo(problem.panelSize(), within(1e-9));
	}

	@Test
	void interchangeableRespondentsShareOneChance() {
		SelectionProblem problem = randomPool(5, 40, 8);
		SelectionResult result = Sortition.select(problem, Algorithm.LEXIMIN, 1, 0, 0);

		assertThat(problem.typeCount()).isLessThan(problem.respondents().size());
		for (SelectionResult.TypeGroup type : result.types()) {
			double first = result.probabilities().get(type.members().get(0));
			for (String member : type.members()) {
				assertThat(result.probabilities().get(member)).isCloseTo(first, within(1e-12));
			}
		}
	}

	@Test
	void theDrawIsReproducibleFromItsSeedAndValid() {
		SelectionProblem problem = randomPool(6, 40, 8);

		SelectionResult first = Sortition.select(problem, Algorithm.LEXIMIN, 2026, 0, 0);
		SelectionResult again = Sortition.select(problem, Algorithm.LEXIMIN, 2026, 0, 0);

		assertThat(again.panel()).isEqualTo(first.panel());
		assertThat(PanelChecks.violations(problem, first.panel())).isEmpty();
		List<List<String>> panels = new ArrayList<>();
		for (long seed = 0; seed < 20; seed++) {
			panels.add(Sortition.select(problem, Algorithm.LEXIMIN, seed, 0, 0).panel());
		}
		assertThat(panels.stream().distinct().count()).isGreaterThan(1);
	}

	@Test
	void drawsFollowTheLotteryProbabilities() {
		SelectionProblem problem = Fixtures.problem("tiny", 5);
		TypeLottery lottery = Leximin.solve(problem);
		Random random = new Random(11);
		int draws = 20_000;
		Map<String, Integer> counts = new java.util.HashMap<>();
		for (int d = 0; d < draws; d++) {
			for (String id : Sortition.draw(problem, lottery, random)) {
				counts.merge(id, 1, Integer::sum);
			}
		}
		double[] probability = lottery.typeProbabilities(problem);
		for (int i = 0; i < problem.respondents().size(); i++) {
			double observed = counts.getOrDefault(problem.respondents().get(i).id(), 0) / (double) draws;
			// Five standard errors of a frequency out of 20,000 draws.
			assertThat(observed).isCloseTo(probability[problem.typeOf(i)], within(0.02));
		}
	}

	/** A pool with two or three categories whose quotas some panels meet. */
	static SelectionProblem randomPool(long seed, int size, int panelSize) {
		Random random = new Random(seed);
		List<Quota> quotas = List.of(new Quota("gender", "f", panelSize / 2 - 1, panelSize / 2 + 1),
				new Quota("gender", "m", panelSize / 2 - 1, panelSize / 2 + 1), new Quota("age", "young", 1, panelSize),
				new Quota("age", "middle", 1, panelSize), new Quota("age", "old", 0, 2),
				new Quota("area", "town", 1, panelSize - 1), new Quota("area", "country", 1, panelSize - 1));
		String[] ages = { "young", "middle", "old" };
		while (true) {
			List<Respondent> pool = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				// Every fifth and the next share a household.
				String household = i % 5 <= 1 ? "house" + (i - i % 5) : null;
				pool.add(new Respondent("r" + i, Map.of("gender", random.nextBoolean() ? "f" : "m", "age",
						ages[random.nextInt(3)], "area", random.nextInt(3) == 0 ? "country" : "town"), household));
			}
			SelectionProblem problem = new SelectionProblem(quotas, pool, panelSize);
			if (QuotaFeasibility.check(problem).feasible()) {
				return problem;
			}
		}
	}

	/** The textbook leximin over every valid panel, computed person by person. */
	static double[] bruteForceLeximin(SelectionProblem problem) {
		int n = problem.respondents().size();
		List<int[]> panels = new ArrayList<>();
		enumerate(problem, 0, new ArrayList<>(), panels);
		assertThat(panels).isNotEmpty();
		double[] fixed = new double[n];
		boolean[] isFixed = new boolean[n];
		int fixedCount = 0;
		while (fixedCount < n) {
			double level = maximin(panels, n, fixed, isFixed, -1, 0);
			int newlyFixed = 0;
			for (int i = 0; i < n; i++) {
				if (!isFixed[i] && maximin(panels, n, fixed, isFixed, i, level) <= level + 1e-7) {
					fixed[i] = level;
					isFixed[i] = true;
					newlyFixed++;
				}
			}
			assertThat(newlyFixed).isPositive();
			fixedCount += newlyFixed;
		}
		return fixed;
	}

	private static void enumerate(SelectionProblem problem, int next, List<String> chosen, List<int[]> panels) {
		if (chosen.size() == problem.panelSize()) {
			if (PanelChecks.violations(problem, chosen).isEmpty()) {
				int[] members = new int[problem.panelSize()];
				for (int j = 0; j < members.length; j++) {
					members[j] = indexOf(problem, chosen.get(j));
				}
				panels.add(members);
			}
			return;
		}
		for (int i = next; i < problem.respondents().size(); i++) {
			chosen.add(problem.respondents().get(i).id());
			enumerate(problem, i + 1, chosen, panels);
			chosen.remove(chosen.size() - 1);
		}
	}

	private static int indexOf(SelectionProblem problem, String id) {
		for (int i = 0; i < problem.respondents().size(); i++) {
			if (problem.respondents().get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id);
	}

	/**
	 * Without {@code focus}: the largest z such that every unfixed person has probability
	 * at least z. With a focus person: their largest probability while every unfixed
	 * person keeps {@code level}.
	 */
	private static double maximin(List<int[]> panels, int n, double[] fixed, boolean[] isFixed, int focus,
			double level) {
		OrTools.load();
		MPSolver lp = MPSolver.createSolver("GLOP");
		MPVariable[] share = lp.makeNumVarArray(panels.size(), 0, 1);
		MPVariable z = lp.makeNumVar(0, 1, "z");
		MPConstraint total = lp.makeConstraint(1, 1);
		MPConstraint[] person = new MPConstraint[n];
		for (int i = 0; i < n; i++) {
			double lower = isFixed[i] ? fixed[i] - 1e-9 : (focus >= 0 ? level - 1e-9 : 0);
			person[i] = lp.makeConstraint(lower, MPSolver.infinity());
			if (!isFixed[i] && focus < 0) {
				person[i].setCoefficient(z, -1);
			}
		}
		for (int p = 0; p < panels.size(); p++) {
			total.setCoefficient(share[p], 1);
			for (int i : panels.get(p)) {
				person[i].setCoefficient(share[p], 1);
			}
		}
		if (focus >= 0) {
			for (int p = 0; p < panels.size(); p++) {
				for (int i : panels.get(p)) {
					if (i == focus) {
						lp.objective().setCoefficient(share[p], 1);
					}
				}
			}
		}
		else {
			lp.objective().setCoefficient(z, 1);
		}
		lp.objective().setMaximization();
		assertThat(lp.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
		double value = lp.objective().value();
		lp.delete();
		return value;
	}

}
