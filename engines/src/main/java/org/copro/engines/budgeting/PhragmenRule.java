package org.copro.engines.budgeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential Phragmén for participatory budgeting (Brill, Freeman, Janson and Lackner, "Phragmén's
 * Voting Methods and Justified Representation", AAAI 2017; for budgets: Los, Christoff and Grossi,
 * "Proportional Budget Allocations", 2022): voters earn money continuously; a project is bought as
 * soon as its supporters together hold its cost, which resets their balance; the count stops at the
 * first project that would be bought but no longer fits the budget.
 *
 * <p>In loads: buying project p gives each supporter the load {@code (cost(p) + Σ loads) / supporters},
 * and the rule buys the project with the smallest such load. Loads are exact fractions; supporters
 * who share a load are handled as one class.
 *
 * @param tieBreaking decides between projects with equal new loads
 */
record PhragmenRule(TieBreaking tieBreaking) {

	Selection select(Election election) {
		int groups = election.groups;
		int[] loadClass = new int[groups];
		List<Rational> loads = new ArrayList<>();
		loads.add(Rational.ZERO);
		Selection selection = new Selection();
		List<Integer> remaining = new ArrayList<>();
		for (int p = 0; p < election.projectCount; p++) {
			if (election.cost[p] <= election.budget) {
				remaining.add(p);
			}
		}
		long[] weight = new long[1];
		while (!remaining.isEmpty()) {
			Rational best = null;
			List<Integer> tied = new ArrayList<>();
			boolean bestInfinite = true;
			for (int p : remaining) {
				if (election.approvals[p] == 0) {
					// Nobody can buy it: an infinite load, chosen only when nothing else is left.
					if (bestInfinite) {
						tied.add(p);
					}
					continue;
				}
				if (weight.length < loads.size()) {
					weight = new long[loads.size() * 2];
				}
				List<Integer> touched = new ArrayList<>();
				for (int g : election.supporters[p]) {
					int c = loadClass[g];
					if (weight[c] == 0) {
						touched.add(c);
					}
					weight[c] += election.multiplicity[g];
				}
				Rational total = Rational.of(election.cost[p]);
				for (int c : touched) {
					if (!loads.get(c).isZero()) {
						total = total.add(loads.get(c).multiply(weight[c]));
					}
					weight[c] = 0;
				}
				Rational load = total.divide(election.approvals[p]);
				int order = best == null || bestInfinite ? -1 : load.compareTo(best);
				if (order < 0) {
					best = load;
					bestInfinite = false;
					tied.clear();
					tied.add(p);
				}
				else if (order == 0) {
					tied.add(p);
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
			if (best != null && !bestInfinite) {
				int newClass = loads.size();
				loads.add(best);
				for (int g : election.supporters[chosen]) {
					loadClass[g] = newClass;
				}
				compact(loads, loadClass);
			}
		}
		return selection;
	}

	/** Drops load values no voter holds any more, so that the class table stays small. */
	private static void compact(List<Rational> loads, int[] loadClass) {
		if (loads.size() < 64) {
			return;
		}
		Map<Integer, Integer> renumber = new HashMap<>();
		List<Rational> kept = new ArrayList<>();
		for (int g = 0; g < loadClass.length; g++) {
			Integer mapped = renumber.get(loadClass[g]);
			if (mapped == null) {
				mapped = kept.size();
				renumber.put(loadClass[g], mapped);
				kept.add(loads.get(loadClass[g]));
			}
			loadClass[g] = mapped;
		}
		loads.clear();
		loads.addAll(kept);
	}

}
