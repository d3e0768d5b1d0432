package org.copro.engines.sortition;

import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The pricing step of column generation: the valid panel of greatest total weight, found by integer
 * programming with SCIP (bundled with OR-Tools) over the number of seats each type receives.
 *
 * <p>The model is built once; each call only replaces the objective. SCIP runs on one thread, so the
 * same input always yields the same panels, and with them the same lottery and the same seeded draw.
 */
final class PanelPricing {

	private final MPSolver scip;

	private final MPVariable[] scipSeats;

	private final MPSolverParameters exact;

	PanelPricing(SelectionProblem problem) {
		OrTools.load();
		int types = problem.typeCount();
		scip = MPSolver.createSolver("SCIP");
		scipSeats = new MPVariable[types];
		for (int t = 0; t < types; t++) {
			scipSeats[t] = scip.makeIntVar(0, problem.typeCapacity(t), "x" + t);
		}
		MPConstraint size = scip.makeConstraint(problem.panelSize(), problem.panelSize());
		for (int t = 0; t < types; t++) {
			size.setCoefficient(scipSeats[t], 1);
		}
		MPConstraint[] quota = new MPConstraint[problem.quotas().size()];
		for (int q = 0; q < quota.length; q++) {
			quota[q] = scip.makeConstraint(problem.quotas().get(q).min(), problem.quotas().get(q).max());
		}
		for (int t = 0; t < types; t++) {
			for (int q : problem.quotasOfType(t)) {
				quota[q].setCoefficient(scipSeats[t], 1);
			}
		}
		for (int[] household : problem.households()) {
			MPConstraint together = scip.makeConstraint(0, 1);
			for (int t : household) {
				together.setCoefficient(scipSeats[t], 1);
			}
		}
		scip.objective().setMaximization();
		exact = new MPSolverParameters();
		// The default 1e-4 relative gap would stop column generation short of the optimum.
		exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
	}

	/**
	 * The valid panel that maximises {@code weights · seats}, in a list of one, or an empty list when
	 * no valid panel exists.
	 */
	List<int[]> maximize(double[] weights) {
		for (int t = 0; t < weights.length; t++) {
			scip.objective().setCoefficient(scipSeats[t], weights[t]);
		}
		MPSolver.ResultStatus status = scip.solve(exact);
		if (status == MPSolver.ResultStatus.INFEASIBLE) {
			return List.of();
		}
		if (status != MPSolver.ResultStatus.OPTIMAL) {
			throw new IllegalStateException("SCIP ended with " + status + " on the pricing problem");
		}
		int[] optimum = new int[scipSeats.length];
		for (int t = 0; t < optimum.length; t++) {
			optimum[t] = (int) Math.round(scipSeats[t].solutionValue());
		}
		return List.of(optimum);
	}
}
