package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import org.jspecify.annotations.Nullable;

/**
 * Checks that some panel meets every quota and, when none does, finds the smallest
 * relaxation that makes the quotas feasible.
 *
 * <p>
 * The relaxation is an integer program over the seats per type plus, for each quota, how
 * far its minimum is lowered and its maximum raised; it minimises the total change, so
 * the quotas it touches are the ones that conflict with each other (or with the pool).
 */
public final class QuotaFeasibility {

	private QuotaFeasibility() {
	}

	/** One quota's bounds after the smallest relaxation. */
	public record Relaxation(Quota quota, int min, int max) {

		@Override
		public String toString() {
			return quota.label() + " [" + quota.min() + ", " + quota.max() + "] -> [" + min + ", " + max + "]";
		}
	}

	/**
	 * The outcome of the check.
	 *
	 * @param feasible whether some panel meets every quota and household rule
	 * @param relaxations when infeasible, the quotas to change and their smallest relaxed
	 * bounds
	 * @param reason when infeasible, a one-line explanation
	 */
	public record Report(boolean feasible, List<Relaxation> relaxations, @Nullable String reason) {

		public Report {
			relaxations = List.copyOf(relaxations);
		}
	}

	/** The quotas cannot be met: carries the report of which quotas conflict. */
	public static final class InfeasibleQuotasException extends org.copro.engines.InvalidInputException {

		private final transient Report report;

		InfeasibleQuotasException(Report report) {
			super(report.reason() == null ? "the quotas cannot be met" : report.reason());
			this.report = report;
		}

		public Report report() {
			return report;
		}

	}

	/** Checks the quotas, relaxing them when needed. */
	public static Report check(SelectionProblem problem) {
		if (!new PanelPricing(problem).maximize(new double[problem.typeCount()]).isEmpty()) {
			return new Report(true, List.of(), null);
		}
		return relax(problem);
	}

	/**
	 * Throws {@link InfeasibleQuotasException} with the report when no panel meets the
	 * quotas.
	 */
	public static void requireFeasible(SelectionProblem problem) {
		Report report = check(problem);
		if (!report.feasible()) {
			throw new InfeasibleQuotasException(report);
		}
	}

	private static Report relax(SelectionProblem problem) {
		OrTools.load();
		CpModel model = new CpModel();
		int types = problem.typeCount();
		IntVar[] seats = new IntVar[types];
		for (int t = 0; t < types; t++) {
			seats[t] = model.newIntVar(0, Math.min(problem.typeSize(t), problem.panelSize()), "x" + t);
		}
		int quotaCount = problem.quotas().size();
		IntVar[] below = new IntVar[quotaCount];
		IntVar[] above = new IntVar[quotaCount];
		for (int q = 0; q < quotaCount; q++) {
			Quota quota = problem.quotas().get(q);
			below[q] = model.newIntVar(0, quota.min(), "below" + q);
			above[q] = model.newIntVar(0, problem.panelSize(), "above" + q);
		}
		addPanelRules(problem, model, seats, below, above);
		IntVar[] slacks = new IntVar[2 * quotaCount];
		System.arraycopy(below, 0, slacks, 0, quotaCount);
		System.arraycopy(above, 0, slacks, quotaCount, quotaCount);
		model.minimize(LinearExpr.sum(slacks));
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(1);
		CpSolverStatus status = solver.solve(model);
		if (status == CpSolverStatus.INFEASIBLE) {
			return new Report(false, List.of(), "no panel of " + problem.panelSize()
					+ " fits the pool even without quotas: too few respondents from different households");
		}
		if (status != CpSolverStatus.OPTIMAL) {
			throw new IllegalStateException("CP-SAT ended with " + status + " on the quota relaxation");
		}
		List<Relaxation> relaxations = new ArrayList<>();
		for (int q = 0; q < quotaCount; q++) {
			long lower = solver.value(below[q]);
			long upper = solver.value(above[q]);
			if (lower > 0 || upper > 0) {
				Quota quota = problem.quotas().get(q);
				relaxations.add(new Relaxation(quota, quota.min() - (int) lower, quota.max() + (int) upper));
			}
		}
		String reason = "the quotas cannot be met together; the smallest relaxation that makes them feasible: "
				+ relaxations.stream().map(Relaxation::toString).collect(Collectors.joining("; "));
		return new Report(false, relaxations, reason);
	}

	/**
	 * Adds the panel size, every quota and every household rule over {@code seats}; when
	 * {@code below} and {@code above} are given, quota q may be missed by below[q] or
	 * exceeded by above[q].
	 */
	private static void addPanelRules(SelectionProblem problem, CpModel model, IntVar[] seats,
			IntVar @Nullable [] below, IntVar @Nullable [] above) {
		model.addEquality(LinearExpr.sum(seats), problem.panelSize());
		List<List<IntVar>> byQuota = new ArrayList<>();
		for (int q = 0; q < problem.quotas().size(); q++) {
			byQuota.add(new ArrayList<>());
		}
		for (int t = 0; t < seats.length; t++) {
			for (int q : problem.quotasOfType(t)) {
				byQuota.get(q).add(seats[t]);
			}
		}
		for (int q = 0; q < byQuota.size(); q++) {
			Quota quota = problem.quotas().get(q);
			LinearExpr count = LinearExpr.sum(byQuota.get(q).toArray(IntVar[]::new));
			if (below == null || above == null) {
				model.addLinearConstraint(count, quota.min(), quota.max());
			}
			else {
				model.addGreaterOrEqual(LinearExpr.sum(append(byQuota.get(q), below[q])), quota.min());
				long[] coefficients = new long[byQuota.get(q).size() + 1];
				Arrays.fill(coefficients, 1);
				coefficients[coefficients.length - 1] = -1;
				model.addLessOrEqual(LinearExpr.weightedSum(append(byQuota.get(q), above[q]), coefficients),
						quota.max());
			}
		}
		for (int[] household : problem.households()) {
			IntVar[] together = new IntVar[household.length];
			for (int i = 0; i < household.length; i++) {
				together[i] = seats[household[i]];
			}
			model.addLessOrEqual(LinearExpr.sum(together), 1);
		}
	}

	private static IntVar[] append(List<IntVar> terms, IntVar last) {
		IntVar[] all = terms.toArray(new IntVar[terms.size() + 1]);
		all[terms.size()] = last;
		return all;
	}

}
