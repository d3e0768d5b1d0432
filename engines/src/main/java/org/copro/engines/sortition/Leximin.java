package org.copro.engines.sortition;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.jspecify.annotations.Nullable;

/**
 * LEXIMIN selection by column generation (Flanigan, Gölz, Gupta, Hennig and Procaccia,
 * "Fair algorithms for selecting citizens' assemblies", Nature 596, 2021).
 *
 * <p>
 * Among all lotteries over valid panels it maximises the smallest selection probability,
 * then the next smallest, and so on. Each stage solves "maximise the least probability of
 * the types not yet fixed, keeping fixed types at their values" over the panels found so
 * far (GLOP); its dual weights price a new panel, first by {@link LocalSearch} and, when
 * that finds none, by integer programming ({@link PanelPricing}), unless its linear
 * relaxation already shows that no panel beats the cap. When no panel prices above the
 * dual's cap, the stage is optimal: types with positive dual weight cannot do better and
 * are fixed at the stage's value. Local search climbs first with smoothed dual weights,
 * which stabilises the column generation. A last LP finds the lottery that meets every
 * fixed value. The paper works on individuals; here each type of interchangeable
 * volunteers is one agent whose probability is its expected seats over its size, which
 * shrinks both programs.
 */
final class Leximin {

	/** A panel that beats the dual cap by less than this is not worth another round. */
	private static final double PRICING_TOLERANCE = 1e-9;

	/**
	 * Weight of the past in the smoothed dual weights that local search climbs with first
	 * (Neame's smoothing, see Pessoa, Sadykov, Uchoa and Vanderbeck, "In-out separation
	 * and column generation stabilization by dual price smoothing", 2013): the raw duals
	 * of a degenerate master jump from corner to corner, and panels priced with their
	 * average cut the number of master solves by a third on geneva_30.
	 */
	private static final double SMOOTHING = 0.3;

	/**
	 * GLOP settings for the master. Presolve would discard the previous basis that makes
	 * each re-solve a few pivots; scaling the matrix (whose entries are all seat shares
	 * in (0, 1]) doubled the pivots of these degenerate programs; refactorising the basis
	 * less often saved a tenth on geneva_30.
	 */
	private static final String GLOP_PARAMETERS = "use_preprocessing: false use_scaling: false basis_refactorization_period: 200";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Local search climbs from this many of the best known panels each round. */
	private static final int STARTS = 4;

	/** Dual weights above this mark a type as tight at the stage's optimum. */
	private static final double TIGHT = 1e-7;

	/**
	 * Fixed values are kept this far below the stage optimum, so that later LPs stay
	 * feasible.
	 */
	private static final double FIX_MARGIN = 1e-10;

	private final SelectionProblem problem;

	private final PanelPricing pricing;

	private final LocalSearch localSearch;

	private final List<int[]> panels = new ArrayList<>();

	private final Set<String> known = new HashSet<>();

	private final double[] fixed;

	private final boolean[] isFixed;

	private MPSolver master;

	private List<MPVariable> share;

	private MPVariable level;

	private MPConstraint total;

	private MPConstraint[] reaches;

	/**
	 * Each type's chance under the lottery that ended the last stage; null in the first
	 * stage.
	 */
	private double @Nullable [] previousLottery;

	private @Nullable MPVariable previousLotteryShare;

	private int pricingCalls;

	private int masterSolves;

	private int stages;

	private int heuristicHits;

	private long masterNanos;

	private int relaxationProofs;

	private long localSearchNanos;

	private long pricingNanos;

	private Leximin(SelectionProblem problem) {
		OrTools.load();
		this.problem = problem;
		this.pricing = new PanelPricing(problem);
		this.localSearch = new LocalSearch(problem);
		this.fixed = new double[problem.typeCount()];
		this.isFixed = new boolean[problem.typeCount()];
		newMaster();
	}

	/**
	 * The restricted master LP: a lottery over the panels found so far that maximises the
	 * level every unfixed type reaches, while fixed types keep their values. Panels enter
	 * as columns, so the last basis stays feasible and GLOP warm-starts. A new stage
	 * changes the matrix (fixed types leave the level), which GLOP re-solves from scratch
	 * anyway, and a new model solves faster than a changed one, all the more with the
	 * last stage's lottery as a starting column.
	 */
	private void newMaster() {
		master = MPSolver.createSolver("GLOP");
		master.setSolverSpecificParametersAsString(GLOP_PARAMETERS);
		share = new ArrayList<>();
		level = master.makeNumVar(0, 1, "level");
		total = master.makeConstraint(1, 1, "total");
		reaches = new MPConstraint[problem.typeCount()];
		for (int t = 0; t < reaches.length; t++) {
			reaches[t] = master.makeConstraint(isFixed[t] ? fixed[t] : 0, MPSolver.infinity(), "type" + t);
			reaches[t].setCoefficient(level, isFixed[t] ? 0 : -1);
		}
		master.objective().setCoefficient(level, 1);
		master.objective().setMaximization();
		for (int[] panel : panels) {
			addColumn(panel);
		}
		if (previousLottery != null) {
			// The last stage's lottery as one column: a start that meets every fixed
			// value at once, which
			// saves the new master most of its first pivots. It is a mixture of panels in
			// the master, so
			// it changes neither the optimum nor the duals, and its penalty keeps it out
			// of every optimum.
			previousLotteryShare = master.makeNumVar(0, MPSolver.infinity(), "");
			master.objective().setCoefficient(previousLotteryShare, -1);
			total.setCoefficient(previousLotteryShare, 1);
			for (int t = 0; t < previousLottery.length; t++) {
				if (previousLottery[t] > 0) {
					reaches[t].setCoefficient(previousLotteryShare, previousLottery[t]);
				}
			}
		}
	}

	/** Each type's chance under the master's current lottery. */
	private double[] typeChances() {
		double[] chance = new double[problem.typeCount()];
		for (int p = 0; p < share.size(); p++) {
			double value = share.get(p).solutionValue();
			if (value > 0) {
				int[] seats = panels.get(p);
				for (int t = 0; t < chance.length; t++) {
					chance[t] += value * seats[t] / problem.typeSize(t);
				}
			}
		}
		if (previousLotteryShare != null) {
			double value = previousLotteryShare.solutionValue();
			for (int t = 0; t < chance.length; t++) {
				chance[t] += value * previousLottery[t];
			}
		}
		return chance;
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
		int fixedCount = 0;
		while (fixedCount < types) {
			double[] weight = new double[types];
			double stageValue = optimiseStage(weight);
			stages++;
			double[] reached = typeChances();
			int tightest = -1;
			for (int t = 0; t < types; t++) {
				if (!isFixed[t] && (tightest < 0 || weight[t] > weight[tightest])) {
					tightest = t;
				}
			}
			for (int t = 0; t < types; t++) {
				if (!isFixed[t] && (t == tightest || weight[t] > TIGHT)) {
					isFixed[t] = true;
					fixed[t] = Math.max(0, stageValue - FIX_MARGIN);
					fixedCount++;
				}
			}
			master.delete();
			if (fixedCount < types) {
				previousLottery = reached;
				newMaster();
			}
		}
		return lotteryMeeting(fixed);
	}

	/**
	 * Column generation for one stage: returns the best level the unfixed types reach
	 * together, and leaves in {@code weight} the optimal dual weight of each type (those
	 * of unfixed types sum to 1).
	 */
	private double optimiseStage(double[] weight) {
		double[] center = null;
		while (true) {
			long began = cpuNanos();
			solveMaster();
			masterNanos += cpuNanos() - began;
			masterSolves++;
			duals(weight);
			double[] perSeat = new double[weight.length];
			for (int t = 0; t < weight.length; t++) {
				perSeat[t] = weight[t] / problem.typeSize(t);
			}
			// Every panel in the master prices at most the cap; at an optimum the used
			// ones price exactly it.
			double cap = Double.NEGATIVE_INFINITY;
			for (int[] panel : panels) {
				cap = Math.max(cap, value(panel, perSeat));
			}
			if (center == null) {
				center = perSeat.clone();
			}
			else {
				for (int t = 0; t < center.length; t++) {
					center[t] = SMOOTHING * center[t] + (1 - SMOOTHING) * perSeat[t];
				}
			}
			// Smoothed weights only guide the search; a panel enters when it beats the
			// cap under the true
			// ones, and the stage ends only when the integer program under the true ones
			// finds none.
			if (climb(center, perSeat, cap) || climb(perSeat, perSeat, cap) || price(perSeat, cap)) {
				continue;
			}
			return master.objective().value();
		}
	}

	/**
	 * Local search from the best known panels under the weights {@code search}; adds the
	 * panels found that beat the cap under the master's own weights {@code truth}.
	 */
	private boolean climb(double[] search, double[] truth, double cap) {
		long began = cpuNanos();
		boolean added = false;
		for (int[] start : bestKnown(search, STARTS)) {
			int[] climbed = localSearch.improve(start, search);
			if (value(climbed, truth) > cap + PRICING_TOLERANCE && addPanel(climbed)) {
				added = true;
			}
		}
		localSearchNanos += cpuNanos() - began;
		if (added) {
			heuristicHits++;
		}
		return added;
	}

	/**
	 * The exact pricing step: adds the best valid panel if it beats the cap; false proves
	 * the stage optimal, by the linear relaxation's bound when that suffices, else by the
	 * integer program.
	 */
	private boolean price(double[] perSeat, double cap) {
		long began = cpuNanos();
		if (pricing.bound(perSeat) <= cap + PRICING_TOLERANCE) {
			pricingNanos += cpuNanos() - began;
			relaxationProofs++;
			return false;
		}
		List<int[]> found = pricing.maximize(perSeat);
		pricingNanos += cpuNanos() - began;
		pricingCalls++;
		boolean added = false;
		for (int[] panel : found) {
			if (value(panel, perSeat) > cap + PRICING_TOLERANCE && addPanel(panel)) {
				added = true;
			}
		}
		return added;
	}

	/**
	 * This thread's CPU time: the solvers run on it, and the machine may be busy with
	 * other work.
	 */
	private static long cpuNanos() {
		return THREADS.getCurrentThreadCpuTime();
	}

	/** The dual weights of the type rows, signed so that the unfixed ones sum to 1. */
	private void duals(double[] weight) {
		double unfixedSum = 0;
		for (int t = 0; t < weight.length; t++) {
			weight[t] = reaches[t].dualValue();
			if (!isFixed[t]) {
				unfixedSum += weight[t];
			}
		}
		double sign = unfixedSum < 0 ? -1 : 1;
		for (int t = 0; t < weight.length; t++) {
			weight[t] = Math.max(0, sign * weight[t]);
		}
	}

	/**
	 * Solves the master. GLOP's warm start occasionally breaks down, which a fresh model
	 * cures; should floating point leave fixed values just out of reach, they are lowered
	 * a little.
	 */
	private void solveMaster() {
		double lowered = 0;
		for (int attempt = 0; attempt < 6; attempt++) {
			if (master.solve() == MPSolver.ResultStatus.OPTIMAL) {
				return;
			}
			master.delete();
			newMaster();
			if (master.solve() == MPSolver.ResultStatus.OPTIMAL) {
				return;
			}
			double step = 1e-9 * Math.pow(10, attempt);
			lowered += step;
			for (int t = 0; t < fixed.length; t++) {
				if (isFixed[t]) {
					fixed[t] = Math.max(0, fixed[t] - step);
					reaches[t].setLb(fixed[t]);
				}
			}
		}
		throw new IllegalStateException(
				"GLOP could not solve the leximin master even with fixed probabilities lowered by " + lowered);
	}

	/** The {@code count} known panels of greatest weight, best first. */
	private List<int[]> bestKnown(double[] perSeat, int count) {
		double[] values = new double[panels.size()];
		Integer[] order = new Integer[panels.size()];
		for (int p = 0; p < values.length; p++) {
			values[p] = value(panels.get(p), perSeat);
			order[p] = p;
		}
		Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
		List<int[]> best = new ArrayList<>();
		for (int i = 0; i < Math.min(count, order.length); i++) {
			best.add(panels.get(order[i]));
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

	/** Adds a panel as a column of the master; false if already known. */
	private boolean addPanel(int[] panel) {
		if (!known.add(Arrays.toString(panel))) {
			return false;
		}
		panels.add(panel);
		addColumn(panel);
		return true;
	}

	private void addColumn(int[] panel) {
		MPVariable column = master.makeNumVar(0, MPSolver.infinity(), "");
		share.add(column);
		total.setCoefficient(column, 1);
		for (int t = 0; t < panel.length; t++) {
			if (panel[t] != 0) {
				reaches[t].setCoefficient(column, (double) panel[t] / problem.typeSize(t));
			}
		}
	}

	/**
	 * The lottery over the panels found that comes closest to every fixed value: it
	 * minimises the largest shortfall, which the column generation guarantees to be
	 * (numerically) zero.
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
		return new TypeLottery(support, normalised, stats());
	}

	private java.util.Map<String, Integer> stats() {
		java.util.Map<String, Integer> stats = new java.util.LinkedHashMap<>();
		stats.put("stages", stages);
		stats.put("panelsGenerated", panels.size());
		stats.put("masterSolves", masterSolves);
		stats.put("localSearchRounds", heuristicHits);
		stats.put("stagesProvedByRelaxation", relaxationProofs);
		stats.put("integerPrograms", pricingCalls + 1);
		stats.put("masterMillis", (int) (masterNanos / 1_000_000));
		stats.put("localSearchMillis", (int) (localSearchNanos / 1_000_000));
		stats.put("pricingMillis", (int) (pricingNanos / 1_000_000));
		return stats;
	}

}
