package org.copro.engines.budgeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential Phragmén for participatory budgeting (Brill, Freeman, Janson and Lackner,
 * "Phragmén's Voting Methods and Justified Representation", AAAI 2017; for budgets: Los,
 * Christoff and Grossi, "Proportional Budget Allocations", 2022): voters earn money
 * continuously; a project is bought as soon as its supporters together hold its cost,
 * which resets their balance; the count stops at the first project that would be bought
 * but no longer fits the budget.
 *
 * <p>
 * In loads: buying project p gives each supporter the load
 * {@code (cost(p) + Σ loads) / supporters}, and the rule buys the project with the
 * smallest such load. Loads are exact fractions; supporters who share a load are handled
 * as one class.
 *
 * @param tieBreaking decides between projects with equal new loads
 */
record PhragmenRule(TieBreaking tieBreaking) {

	Selection select(Election election) {
		int groups = election.groups;
		int[] loadClass = new int[groups];
		List<Rational> loads = new ArrayList<>();
		loads.add(Rational.ZERO);
		List<Double> loadValue = new ArrayList<>();
		loadValue.add(0.0);
		Selection selection = new Selection();
		List<Integer> remaining = new ArrayList<>();
		for (int p = 0; p < election.projectCount; p++) {
			if (election.cost[p] <= election.budget) {
				remaining.add(p);
			}
		}
		long[] weight = new long[1];
		int[] touched = new int[1];
		double[] newLoad = new double[election.projectCount];
		while (!remaining.isEmpty()) {
			// New loads in doubles from exact class loads; near-equal ones are then
			// compared exactly.
			double best = Double.POSITIVE_INFINITY;
			List<Integer> unsupported = new ArrayList<>();
			for (int p : remaining) {
				if (election.approvals[p] == 0) {
					unsupported.add(p);
					newLoad[p] = Double.POSITIVE_INFINITY;
					continue;
				}
				if (weight.length < loads.size()) {
					weight = new long[loads.size() * 2];
					touched = new int[loads.size() * 2];
				}
				int count = 0;
				for (int g : election.supporters[p]) {
					int c = loadClass[g];
					if (weight[c] == 0) {
						touched[count++] = c;
					}
					weight[c] += election.multiplicity[g];
				}
				double total = election.cost[p];
				for (int i = 0; i < count; i++) {
					int c = touched[i];
					total += loadValue.get(c) * weight[c];
					weight[c] = 0;
				}
				newLoad[p] = total / election.approvals[p];
				best = Math.min(best, newLoad[p]);
			}
			List<Integer> tied = new ArrayList<>();
			Rational bestExact = null;
			if (best == Double.POSITIVE_INFINITY) {
				// Only projects nobody supports are left: pabutools takes them as equally
				// (infinitely) loaded.
				tied.addAll(unsupported);
			}
			else {
				for (int p : remaining) {
					if (newLoad[p] <= best * (1 + 1e-9)) {
						Rational exact = exactLoad(election, p, loads, loadClass);
						int order = bestExact == null ? -1 : exact.compareTo(bestExact);
						if (order < 0) {
							bestExact = exact;
							tied.clear();
							tied.add(p);
						}
						else if (order == 0) {
							tied.add(p);
						}
					}
				}
			}
			for (int p : tied) {
				if (selection.cost + election.cost[p] > election.budget) {
					return selection;
				}
			}
			TieBreaking.Resolution resolution = tieBreaking.resolve(election, tied);
			if (tied.size() > 1) {
				selection.tie(election, tied, resolution);
			}
			int chosen = resolution.chosen();
			selection.add(election, chosen);
			remaining.remove(Integer.valueOf(chosen));
			if (bestExact != null) {
				int newClass = loads.size();
				loads.add(bestExact);
				loadValue.add(bestExact.doubleValue());
				for (int g : election.supporters[chosen]) {
					loadClass[g] = newClass;
				}
			}
		}
		return selection;
	}

	/** The exact load of a project's supporters if it were bought now. */
	private static Rational exactLoad(Election election, int p, List<Rational> loads, int[] loadClass) {
		java.util.Map<Integer, Long> weights = new HashMap<>();
		for (int g : election.supporters[p]) {
			weights.merge(loadClass[g], (long) election.multiplicity[g], Long::sum);
		}
		Rational total = Rational.of(election.cost[p]);
		for (Map.Entry<Integer, Long> entry : weights.entrySet()) {
			Rational load = loads.get(entry.getKey());
			if (!load.isZero()) {
				total = total.add(load.multiply(entry.getValue()));
			}
		}
		return total.divide(election.approvals[p]);
	}

}
