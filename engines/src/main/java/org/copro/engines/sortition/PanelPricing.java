package org.copro.engines.sortition;

import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The pricing step of column generation: the valid panel of greatest total weight, found
 * by integer programming with SCIP (bundled with OR-Tools) over the number of seats each
 * type receives.
 *
 * <p>
 * The models are built once; each call only replaces the objective. SCIP runs on one
 * thread, so the same input always yields the same panels, and with them the same lottery
 * and the same seeded draw.
 */
final class PanelPricing {

	private static final String SCIP_PARAMETERS = """
			presolving/maxrounds = 0
			separating/maxrounds = 0
			separating/maxroundsroot = 0
			""";

	private final MPSolver scip;

	private final MPVariable[] scipSeats;

	private final MPSolverParameters exact;

	private final MPSolver relaxation;

	private final MPVariable[] relaxedSeats;

	PanelPricing(SelectionProblem problem) {
		OrTools.load();
		scip = MPSolver.createSolver("SCIP");
		scipSeats = model(scip, problem, true);
		// These programs are small and their relaxation tight: presolve and cutting
		// planes took two thirds of
		// SCIP's time on geneva_30 and saved no branching.
		scip.setSolverSpecificParametersAsString(SCIP_PARAMETERS);
		relaxation = MPSolver.createSolver("GLOP");
		// Without presolve each call re-optimises from the last basis after the objective
		// changes.
		relaxation.setSolverSpecificParametersAsString("use_preprocessing: false");
		relaxedSeats = model(relaxation, problem, false);
		exact = new MPSolverParameters();
		// The default 1e-4 relative gap would stop column generation short of the
		// optimum.
		exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
	}

	/**
	 * Seats per type, the panel size, the quotas and at most one seat per household,
	 * maximising.
	 */
	private static MPVariable[] model(MPSolver solver, SelectionProblem problem, boolean integer) {
		int types = problem.typeCount();
		MPVariable[] seats = new MPVariable[types];
		for (int t = 0; t < types; t++) {
			seats[t] = integer ? solver.makeIntVar(0, problem.typeCapacity(t), "x" + t)
					: solver.makeNumVar(0, problem.typeCapacity(t), "x" + t);
		}
		MPConstraint size = solver.makeConstraint(problem.panelSize(), problem.panelSize());
		for (int t = 0; t < types; t++) {
			size.setCoefficient(seats[t], 1);
		}
		MPConstraint[] quota = new MPConstraint[problem.quotas().size()];
		for (int q = 0; q < quota.length; q++) {
			quota[q] = solver.makeConstraint(problem.quotas().get(q).min(), problem.quotas().get(q).max());
		}
		for (int t = 0; t < types; t++) {
			for (int q : problem.quotasOfType(t)) {
				quota[q].setCoefficient(seats[t], 1);
			}
		}
		for (int[] household : problem.households()) {
			MPConstraint together = solver.makeConstraint(0, 1);
			for (int t : household) {
				together.setCoefficient(seats[t], 1);
			}
		}
		solver.objective().setMaximization();
		return seats;
	}

	/**
	 * An upper bound on the weight of every valid panel: the optimum of the linear
	 * relaxation (GLOP), or infinity when that is not solved. At the end of a leximin
	 * stage it usually meets the dual cap already, which proves the stage optimal without
	 * the integer program.
	 */
	double bound(double[] weights) {
		for (int t = 0; t < weights.length; t++) {
			relaxation.objective().setCoefficient(relaxedSeats[t], weights[t]);
		}
		return relaxation.solve() == MPSolver.ResultStatus.OPTIMAL ? relaxation.objective().value()
				: Double.POSITIVE_INFINITY;
	}

	/**
	 * The valid panel that maximises {@code weights · seats}, in a list of one, or an
	 * empty list when no valid panel exists.
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
