package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * LEXIMIN selection by column generation (Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair
 * algorithms for selecting citizens' assemblies", Nature 596, 2021).
 *
 * <p>Among all lotteries over valid panels it maximises the smallest selection probability, then the
 * next smallest, and so on. Each stage solves the dual of "maximise the least probability of the
 * types not yet fixed, keeping fixed types at their values" over the panels found so far (with GLOP);
 * the dual weights price a new panel by integer programming ({@link PanelPricing}). When no panel
 * prices above the dual's cap, the stage is optimal: types with positive dual weight cannot do
 * better and are fixed at the stage's value. A last LP finds the lottery that meets every fixed
 * value. The paper works on individuals; here each type of interchangeable volunteers is one agent
 * whose probability is its expected seats over its size, which shrinks both programs.
 */
final class Leximin {

	/** A panel that beats the dual cap by less than this is not worth another round. */
	private static final double PRICING_TOLERANCE = 1e-9;

	/** Dual weights above this mark a type as tight at the stage's optimum. */
	private static final double TIGHT = 1e-7;

	/** Fixed values are kept this far below the stage optimum, so that later LPs stay feasible. */
	private static final double FIX_MARGIN = 1e-10;

	private final SelectionProblem problem;

	private final PanelPricing pricing;

	private final List<int[]> panels = new ArrayList<>();

	private final Set<String> known = new HashSet<>();

	private MPSolver dual;

	private MPVariable[] weight;

	private MPVariable cap;

	private MPConstraint unfixedWeightsSumToOne;

	private final LocalSearch localSearch;

	private int pricingCalls;

	private int heuristicHits;

	private Leximin(SelectionProblem problem) {
		OrTools.load();
		this.problem = problem;
		this.pricing = new PanelPricing(problem);
		this.localSearch = new LocalSearch(problem);
		newDual();
	}

	/** A fresh dual without panels (GLOP's warm start occasionally breaks down; a new model does not). */
	private void newDual() {
		dual = MPSolver.createSolver("GLOP");
		weight = dual.makeNumVarArray(problem.typeCount(), 0, MPSolver.infinity(), "y");
		cap = dual.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "cap");
		unfixedWeightsSumToOne = dual.makeConstraint(1, 1, "unfixed");
	}

	private void setObjective(double[] fixed, boolean[] isFixed) {
		MPObjective objective = dual.objective();
		objective.setMinimization();
		objective.setCoefficient(cap, 1);
		for (int t = 0; t < weight.length; t++) {
			unfixedWeightsSumToOne.setCoefficient(weight[t], isFixed[t] ? 0 : 1);
			objective.setCoefficient(weight[t], isFixed[t] ? -fixed[t] : 0);
		}
	}

	/** The leximin lottery over panels of types; the quotas must be feasible. */
	static TypeLottery solve(SelectionProblem problem) {
		return new Leximin(problem).run();
	}

	private TypeLottery run() {
		int types = problem.typeCount();
		List<int[]> first = pricing.maximize(new double[types]);
		if (first.isEmpty()) {
			throw new IllegalStateException("no valid panel: check the quotas first");
		}
		addPanels(first);
		double[] fixed = new double[types];
		boolean[] isFixed = new boolean[types];
		int fixedCount = 0;
		while (fixedCount < types) {
			double stageValue = optimiseStage(fixed, isFixed);
			int tightest = -1;
			for (int t = 0; t < types; t++) {
				if (!isFixed[t] && (tightest < 0 || weight[t].solutionValue() > weight[tightest].solutionValue())) {
					tightest = t;
				}
			}
			for (int t = 0; t < types; t++) {
				if (!isFixed[t] && (t == tightest || weight[t].solutionValue() > TIGHT)) {
					isFixed[t] = true;
					fixed[t] = Math.max(0, stageValue - FIX_MARGIN);
					fixedCount++;
				}
			}
		}
		return lotteryMeeting(fixed);
	}

	/** Column generation for one stage; returns the best least probability among unfixed types. */
	private double optimiseStage(double[] fixed, boolean[] isFixed) {
		setObjective(fixed, isFixed);
		while (true) {
			solveDual(fixed, isFixed);
			double[] perSeat = new double[weight.length];
			for (int t = 0; t < weight.length; t++) {
				perSeat[t] = weight[t].solutionValue() / problem.typeSize(t);
			}
			double capValue = cap.solutionValue();
			int[] climbed = localSearch.improve(bestKnown(perSeat), perSeat);
			if (value(climbed, perSeat) > capValue + PRICING_TOLERANCE && addPanel(climbed)) {
				heuristicHits++;
				continue;
			}
			List<int[]> found = pricing.maximize(perSeat);
			pricingCalls++;
			int[] best = found.get(found.size() - 1);
			boolean improved = false;
			for (int[] panel : found) {
				if (value(panel, perSeat) > capValue + PRICING_TOLERANCE && addPanel(panel)) {
					improved = true;
				}
			}
			if (value(best, perSeat) <= capValue + PRICING_TOLERANCE || !improved) {
				return dual.objective().value();
			}
		}
	}

	/**
	 * Solves the restricted dual. Fixed values sit a hair below what the LP reported; should floating
	 * point still leave them out of reach (an unbounded dual), they are lowered a little more.
	 */
	private void solveDual(double[] fixed, boolean[] isFixed) {
		double lowered = 0;
		for (int attempt = 0; attempt < 6; attempt++) {
			MPSolver.ResultStatus status = dual.solve();
			if (status == MPSolver.ResultStatus.OPTIMAL) {
				return;
			}
			dual.delete();
			newDual();
			for (int[] panel : panels) {
				addRow(panel);
			}
			setObjective(fixed, isFixed);
			if (dual.solve() == MPSolver.ResultStatus.OPTIMAL) {
				return;
			}
			double step = 1e-9 * Math.pow(10, attempt);
			lowered += step;
			for (int t = 0; t < fixed.length; t++) {
				if (isFixed[t]) {
					fixed[t] = Math.max(0, fixed[t] - step);
					dual.objective().setCoefficient(weight[t], -fixed[t]);
				}
			}
		}
		throw new IllegalStateException("GLOP could not solve the leximin dual even with fixed probabilities lowered by "
				+ lowered);
	}

	private int[] bestKnown(double[] perSeat) {
		int[] best = panels.get(0);
		double bestValue = value(best, perSeat);
		for (int[] panel : panels) {
			double candidate = value(panel, perSeat);
			if (candidate > bestValue) {
				best = panel;
				bestValue = candidate;
			}
		}
		return best;
	}

	private static double value(int[] panel, double[] perSeat) {
		double sum = 0;
		for (int t = 0; t < panel.length; t++) {
			sum += perSeat[t] * panel[t];
		}
		return sum;
	}

	private void addPanels(List<int[]> found) {
		for (int[] panel : found) {
			addPanel(panel);
		}
	}

	/** Adds the dual constraint "this panel's weight is at most the cap"; false if already known. */
	private boolean addPanel(int[] panel) {
		if (!known.add(Arrays.toString(panel))) {
			return false;
		}
		panels.add(panel);
		addRow(panel);
		return true;
	}

	private void addRow(int[] panel) {
		MPConstraint row = dual.makeConstraint(-MPSolver.infinity(), 0);
		row.setCoefficient(cap, -1);
		for (int t = 0; t < panel.length; t++) {
			if (panel[t] != 0) {
				row.setCoefficient(weight[t], (double) panel[t] / problem.typeSize(t));
			}
		}
	}

	/**
	 * The lottery over the panels found that comes closest to every fixed value: it minimises the
	 * largest shortfall, which the column generation guarantees to be (numerically) zero.
	 */
	private TypeLottery lotteryMeeting(double[] fixed) {
		MPSolver primal = MPSolver.createSolver("GLOP");
		MPVariable[] share = primal.makeNumVarArray(panels.size(), 0, MPSolver.infinity(), "p");
		MPVariable shortfall = primal.makeNumVar(0, MPSolver.infinity(), "shortfall");
		MPConstraint total = primal.makeConstraint(1, 1, "total");
		for (MPVariable variable : share) {
			total.setCoefficient(variable, 1);
		}
		MPConstraint[] meets = new MPConstraint[problem.typeCount()];
		for (int t = 0; t < meets.length; t++) {
			meets[t] = primal.makeConstraint(fixed[t], MPSolver.infinity(), "type" + t);
			meets[t].setCoefficient(shortfall, 1);
		}
		for (int p = 0; p < panels.size(); p++) {
			int[] seats = panels.get(p);
			for (int t = 0; t < seats.length; t++) {
				if (seats[t] != 0) {
					meets[t].setCoefficient(share[p], (double) seats[t] / problem.typeSize(t));
				}
			}
		}
		primal.objective().setCoefficient(shortfall, 1);
		primal.objective().setMinimization();
		MPSolver.ResultStatus status = primal.solve();
		if (status != MPSolver.ResultStatus.OPTIMAL) {
			throw new IllegalStateException("GLOP ended with " + status + " on the final leximin lottery");
		}
		List<int[]> support = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		double sum = 0;
		for (int p = 0; p < panels.size(); p++) {
			double value = share[p].solutionValue();
			if (value > 1e-12) {
				support.add(panels.get(p));
				weights.add(value);
				sum += value;
			}
		}
		double[] normalised = new double[weights.size()];
		for (int p = 0; p < normalised.length; p++) {
			normalised[p] = weights.get(p) / sum;
		}
		primal.delete();
		dual.delete();
		return new TypeLottery(support, normalised);
	}

	int pricingCalls() {
		return pricingCalls;
	}
}
