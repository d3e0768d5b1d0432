package org.copro.engines.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TransparentLotteryTests {

	@Test
	void publishesMValidPanelsCloseToTheLeximinChances() {
		SelectionProblem problem = LeximinTests.randomPool(12, 40, 8);
		TypeLottery lottery = Leximin.solve(problem);
		int size = 1000;

		TransparentLottery.Result result = TransparentLottery.round(problem, lottery, size);

		assertThat(result.panels()).hasSize(size)
			.allSatisfy(panel -> assertThat(PanelChecks.violations(problem, panel)).isEmpty());
		Map<String, Integer> appearances = new HashMap<>();
		result.panels().forEach(panel -> panel.forEach(id -> appearances.merge(id, 1, Integer::sum)));
		double[] exact = lottery.typeProbabilities(problem);
		// Largest remainders move each panel's share by under 1/M, round-robin adds one
		// appearance.
		double bound = (lottery.panels().size() * problem.panelSize() + 1.0) / size;
		for (int i = 0; i < problem.respondents().size(); i++) {
			double rounded = appearances.getOrDefault(problem.respondents().get(i).id(), 0) / (double) size;
			assertThat(Math.abs(rounded - exact[problem.typeOf(i)])).isLessThanOrEqualTo(bound);
		}
		assertThat(result.maxDeviation()).isLessThanOrEqualTo(bound);
	}

	@Test
	void theSeedPicksAPublishedPanel() {
		SelectionProblem problem = Fixtures.problem("tiny", 5);

		SelectionResult result = Sortition.select(problem, Algorithm.LEXIMIN, 1234, 10, 0);

		List<List<String>> panels = result.lottery().panels();
		assertThat(result.panel()).isEqualTo(panels.get(1234 % 10));
	}

}
