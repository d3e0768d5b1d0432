package org.copro.engines.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LegacyTests {

	@Test
	void everyDrawMeetsTheQuotasAndHouseholds() {
		SelectionProblem problem = Fixtures.problem("households", 4);
		Legacy legacy = new Legacy(problem);
		Random random = new Random(3);

		for (int draw = 0; draw < 500; draw++) {
			int[] panel = legacy.draw(random);
			assertThat(PanelChecks.violations(problem,
					java.util.Arrays.stream(panel).mapToObj(i -> problem.respondents().get(i).id()).toList()))
				.isEmpty();
		}
	}

	@Test
	void estimatedProbabilitiesSumToThePanelSizeAndRepeatWithTheSeed() {
		SelectionProblem problem = LeximinTests.randomPool(8, 30, 6);

		SelectionResult first = Sortition.select(problem, Algorithm.LEGACY, 5, 0, 1000);
		SelectionResult again = Sortition.select(problem, Algorithm.LEGACY, 5, 0, 1000);

		assertThat(first.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(6,
				within(1e-9));
		assertThat(again.probabilities()).isEqualTo(first.probabilities());
		assertThat(again.panel()).isEqualTo(first.panel());
		assertThat(first.samples()).isEqualTo(1000);
	}

	@Test
	void leximinIsAtLeastAsFairAsLegacy() {
		SelectionProblem problem = LeximinTests.randomPool(9, 30, 6);

		double legacy = Sortition.select(problem, Algorithm.LEGACY, 1, 0, 4000).minProbability();
		double leximin = Sortition.select(problem, Algorithm.LEXIMIN, 1, 0, 0).minProbability();

		assertThat(leximin).isGreaterThanOrEqualTo(legacy - 0.01);
	}

}
