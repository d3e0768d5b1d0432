package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * LEGACY: the greedy stratified draw that Flanigan et al. (Nature 2021) compare LEXIMIN
 * against, as the Sortition Foundation ran it before (its
 * {@code find_random_sample_legacy}).
 *
 * <p>
 * Seat by seat, it finds the feature whose unmet minimum is largest relative to the
 * respondents still available with it, and draws one of them uniformly. Once a feature
 * reaches its maximum, all remaining respondents with it leave the pool, as do the
 * selected person's housemates. A draw that ends with a minimum unmet is discarded and
 * retried. Its selection probabilities have no closed form, so they are estimated from
 * many draws.
 */
final class Legacy {

	/** Gives up on one panel after this many failed attempts in a row. */
	private static final int ATTEMPTS = 10_000;

	private final SelectionProblem problem;

	private final Map<String, List<Integer>> byHousehold = new HashMap<>();

	Legacy(SelectionProblem problem) {
		this.problem = problem;
		for (int i = 0; i < problem.respondents().size(); i++) {
			String household = problem.respondents().get(i).household();
			if (household != null) {
				byHousehold.computeIfAbsent(household, h -> new ArrayList<>()).add(i);
			}
		}
	}

	/** One valid panel (respondent indices), retrying failed attempts. */
	int[] draw(Random random) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int[] panel = attempt(random);
			if (panel != null) {
				return panel;
			}
		}
		throw new IllegalStateException("LEGACY found no valid panel in " + ATTEMPTS + " attempts");
	}

	private int @Nullable [] attempt(Random random) {
		int n = problem.respondents().size();
		int quotaCount = problem.quotas().size();
		boolean[] available = new boolean[n];
		int[] remaining = new int[quotaCount];
		int[] selected = new int[quotaCount];
		for (int i = 0; i < n; i++) {
			available[i] = true;
			for (int q : problem.quotasOfRespondent(i)) {
				remaining[q]++;
			}
		}
		int[] panel = new int[problem.panelSize()];
		for (int seat = 0; seat < panel.length; seat++) {
			int feature = -1;
			double ratio = Double.NEGATIVE_INFINITY;
			for (int q = 0; q < quotaCount; q++) {
				Quota quota = problem.quotas().get(q);
				if (selected[q] < quota.min() && remaining[q] < quota.min() - selected[q]) {
					return null;
				}
				if (remaining[q] > 0 && quota.max() > 0) {
					double candidate = (quota.min() - selected[q]) / (double) remaining[q];
					if (candidate > ratio) {
						ratio = candidate;
						feature = q;
					}
				}
			}
			if (feature < 0) {
				return null;
			}
			int chosen = pick(random, available, feature, remaining[feature]);
			panel[seat] = chosen;
			remove(chosen, available, remaining);
			for (int q : problem.quotasOfRespondent(chosen)) {
				selected[q]++;
			}
			String household = problem.respondents().get(chosen).household();
			if (household != null) {
				for (int other : byHousehold.get(household)) {
					if (available[other]) {
						remove(other, available, remaining);
					}
				}
			}
			for (int q : problem.quotasOfRespondent(chosen)) {
				if (selected[q] >= problem.quotas().get(q).max()) {
					for (int i = 0; i < n; i++) {
						if (available[i] && holds(i, q)) {
							remove(i, available, remaining);
						}
					}
				}
			}
		}
		for (int q = 0; q < quotaCount; q++) {
			if (selected[q] < problem.quotas().get(q).min()) {
				return null;
			}
		}
		return panel;
	}

	private int pick(Random random, boolean[] available, int feature, int count) {
		int target = random.nextInt(count);
		for (int i = 0; i < available.length; i++) {
			if (available[i] && holds(i, feature) && target-- == 0) {
				return i;
			}
		}
		throw new IllegalStateException("feature counts out of step");
	}

	private boolean holds(int respondent, int quota) {
		for (int q : problem.quotasOfRespondent(respondent)) {
			if (q == quota) {
				return true;
			}
		}
		return false;
	}

	private void remove(int respondent, boolean[] available, int[] remaining) {
		available[respondent] = false;
		for (int q : problem.quotasOfRespondent(respondent)) {
			remaining[q]--;
		}
	}

}
