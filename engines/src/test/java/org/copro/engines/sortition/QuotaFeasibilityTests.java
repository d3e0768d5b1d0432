package org.copro.engines.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copro.engines.sortition.QuotaFeasibility.InfeasibleQuotasException;
import org.copro.engines.sortition.QuotaFeasibility.Relaxation;
import org.copro.engines.sortition.QuotaFeasibility.Report;
import org.junit.jupiter.api.Test;

class QuotaFeasibilityTests {

	@Test
	void feasibleQuotasNeedNoRelaxation() {
		Report report = QuotaFeasibility.check(Fixtures.problem("tiny", 5));

		assertThat(report.feasible()).isTrue();
		assertThat(report.relaxations()).isEmpty();
	}

	@Test
	void infeasibleQuotasGetTheSmallestRelaxation() {
		// Only three young respondents exist, and with at most two old ones no panel of
		// six is possible:
		// the cheapest fix lowers the young minimum by one and raises the old maximum by
		// one.
		Report report = QuotaFeasibility.check(Fixtures.problem("infeasible", 6));

		assertThat(report.feasible()).isFalse();
		assertThat(report.relaxations()).extracting(r -> r.quota().label() + " " + r.min() + ".." + r.max())
			.containsExactlyInAnyOrder("age/young 3..5", "age/old 2..3");
		int total = report.relaxations()
			.stream()
			.mapToInt((Relaxation r) -> (r.quota().min() - r.min()) + (r.max() - r.quota().max()))
			.sum();
		assertThat(total).isEqualTo(2);
		assertThat(report.reason()).contains("age/young [4, 5] -> [3, 5]").contains("age/old [2, 2] -> [2, 3]");
	}

	@Test
	void requireFeasibleThrowsWithTheReport() {
		assertThatThrownBy(() -> QuotaFeasibility.requireFeasible(Fixtures.problem("infeasible", 6)))
			.isInstanceOfSatisfying(InfeasibleQuotasException.class,
					e -> assertThat(e.report().relaxations()).hasSize(2));
	}

	@Test
	void householdsCanMakeThePanelSizeImpossible() {
		// Nine respondents in seven households (h6 and h7 have no address, so each counts
		// alone).
		Report report = QuotaFeasibility.check(Fixtures.problem("households", 4));

		assertThat(report.feasible()).isTrue();
		assertThat(QuotaFeasibility
			.check(new SelectionProblem(Fixtures.problem("households", 4).quotas(),
					Fixtures.problem("households", 4).respondents(), 8))
			.feasible()).isFalse();
	}

}
