package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import org.jspecify.annotations.Nullable;

/**
 * The pricing step of column generation: the valid panel of greatest total weight, found by integer
 * programming with OR-Tools CP-SAT over the number of seats each type receives.
 *
 * <p>The model is built once; each call only replaces the objective and hints the last optimum.
 * CP-SAT runs on one worker so that the same input always yields the same panels, and with them the
 * same lottery and the same seeded draw.
 */
final class PanelPricing {

	/** Weights are scaled to integers up to this size; the optimum is exact to about k / SCALE. */
	private static final double SCALE = 1e9;

	private final CpModel model = new CpModel();

	private final IntVar[] seats;

	private int @Nullable [] lastOptimum;

	PanelPricing(SelectionProblem problem) {
		OrTools.load();
		int types = problem.typeCount();
		seats = new IntVar[types];
		for (int t = 0; t < types; t++) {
			seats[t] = model.newIntVar(0, problem.typeCapacity(t), "x" + t);
		}
		addPanelRules(problem, model, seats, null, null);
	}

	/**
	 * Adds the panel size, every quota and every household rule over {@code seats}; when
	 * {@code below} and {@code above} are given, quota q may be missed by below[q] or exceeded by
	 * above[q].
	 */
	static void addPanelRules(SelectionProblem problem, CpModel model, IntVar[] seats,
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
				model.addLessOrEqual(LinearExpr.weightedSum(append(byQuota.get(q), above[q]), coefficients), quota.max());
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

	/**
	 * The valid panels found while maximising {@code weights · seats}, the optimum last; empty when no
	 * valid panel exists.
	 */
	List<int[]> maximize(double[] weights) {
		double largest = 0;
		for (double weight : weights) {
			largest = Math.max(largest, Math.abs(weight));
		}
		long[] scaled = new long[weights.length];
		if (largest > 0) {
			for (int t = 0; t < weights.length; t++) {
				scaled[t] = Math.round(weights[t] / largest * SCALE);
			}
		}
		model.clearObjective();
		model.maximize(LinearExpr.weightedSum(seats, scaled));
		model.clearHints();
		if (lastOptimum != null) {
			for (int t = 0; t < seats.length; t++) {
				model.addHint(seats[t], lastOptimum[t]);
			}
		}
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(1);
		List<int[]> found = new ArrayList<>();
		CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
			@Override
			public void onSolutionCallback() {
				int[] panel = new int[seats.length];
				for (int t = 0; t < seats.length; t++) {
					panel[t] = (int) value(seats[t]);
				}
				found.add(panel);
			}
		});
		if (status == CpSolverStatus.INFEASIBLE) {
			return List.of();
		}
		if (status != CpSolverStatus.OPTIMAL) {
			throw new IllegalStateException("CP-SAT ended with " + status + " on the pricing problem");
		}
		int[] optimum = new int[seats.length];
		for (int t = 0; t < seats.length; t++) {
			optimum[t] = (int) solver.value(seats[t]);
		}
		found.add(optimum);
		lastOptimum = optimum;
		return found;
	}
}
