package org.copro.engines.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The greedy rule most cities use (the "utilitarian greedy" of Talmon and Faliszewski, "A
 * Framework for Approval-Based Budgeting Methods", AAAI 2019): projects in order of total
 * utility per unit of cost, each funded if it still fits.
 *
 * <p>
 * With {@link Utility#COST} the order is by number of votes, with
 * {@link Utility#POINTS_COST} by points, with {@link Utility#CARDINALITY} by votes per
 * unit of cost. Variants cities use: stop at the first project that does not fit
 * ({@code skip = false}), and drop projects whose score (votes or points) is below a
 * threshold first.
 *
 * @param utility what the order maximises per unit of cost
 * @param skip whether a project that does not fit is skipped (otherwise the count stops
 * there)
 * @param threshold the minimum score a project needs to be considered (0 for none)
 * @param tieBreaking the order among projects with equal scores
 */
record GreedyRule(Utility utility, boolean skip, long threshold, TieBreaking tieBreaking) {

	/** Counts from scratch. */
	Selection select(Election election) {
		return complete(election, new Selection(), election.budget);
	}

	/**
	 * Adds projects to an existing selection until the budget is spent (utilitarian
	 * completion).
	 */
	Selection complete(Election election, Selection start, long budget) {
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < election.projectCount; p++) {
			if (!start.contains(p) && score(election, p).compareTo(BigInteger.valueOf(threshold)) >= 0) {
				order.add(p);
			}
		}
		Comparator<Integer> byValue = (a, b) -> compareValue(election, b, a);
		order.sort(byValue.thenComparing(tieBreaking.order(election)));
		Selection selection = start;
		long spent = start.cost;
		for (int i = 0; i < order.size(); i++) {
			int p = order.get(i);
			if (spent + election.cost[p] > budget) {
				if (!skip) {
					reportTie(election, order, i, selection, budget - spent);
					break;
				}
				continue;
			}
			reportTie(election, order, i, selection, budget - spent);
			selection.add(election, p);
			spent += election.cost[p];
		}
		return selection;
	}

	/**
	 * The score a threshold is compared with: votes for approval-like utilities, points
	 * otherwise.
	 */
	private BigInteger score(Election election, int p) {
		return BigInteger.valueOf(utility == Utility.POINTS || utility == Utility.POINTS_COST ? election.points[p]
				: election.approvals[p]);
	}

	/** Total utility per unit of cost, as a fraction compared exactly. */
	private int compareValue(Election election, int a, int b) {
		BigInteger[] valueA = value(election, a);
		BigInteger[] valueB = value(election, b);
		return valueA[0].multiply(valueB[1]).compareTo(valueB[0].multiply(valueA[1]));
	}

	private BigInteger[] value(Election election, int p) {
		long cost = election.cost[p];
		return switch (utility) {
			// Utility per cost is the same number whatever the cost: votes or points.
			case COST -> new BigInteger[] { BigInteger.valueOf(election.approvals[p]), BigInteger.ONE };
			case POINTS_COST -> new BigInteger[] { BigInteger.valueOf(election.points[p]), BigInteger.ONE };
			case CARDINALITY -> cost == 0 ? new BigInteger[] { BigInteger.valueOf(Long.MAX_VALUE), BigInteger.ONE }
					: new BigInteger[] { BigInteger.valueOf(election.approvals[p]), BigInteger.valueOf(cost) };
			case POINTS -> cost == 0 ? new BigInteger[] { BigInteger.valueOf(Long.MAX_VALUE), BigInteger.ONE }
					: new BigInteger[] { BigInteger.valueOf(election.points[p]), BigInteger.valueOf(cost) };
		};
	}

	/**
	 * Reports the tie of the project at {@code index} with equally valued projects when
	 * the tie-break mattered: when not all of them could be funded with what was left.
	 */
	private void reportTie(Election election, List<Integer> order, int index, Selection selection, long left) {
		if (index > 0 && compareValue(election, order.get(index - 1), order.get(index)) == 0) {
			return;
		}
		List<Integer> tied = new ArrayList<>();
		for (int j = index; j < order.size() && compareValue(election, order.get(index), order.get(j)) == 0; j++) {
			tied.add(order.get(j));
		}
		if (tied.size() < 2) {
			return;
		}
		long together = 0;
		for (int p : tied) {
			together += election.cost[p];
		}
		if (together > left) {
			TieBreaking.Resolution resolution = tieBreaking.resolve(election, tied);
			selection.tie(election, tied, resolution);
		}
	}
}
