package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact, solver-free checks that a panel meets the panel size, every quota and the
 * household rule.
 *
 * <p>
 * Solvers work in floating point; these checks count people in integers, so a panel that
 * passes them is valid whatever tolerance the solver used.
 */
public final class PanelChecks {

	private PanelChecks() {
	}

	/** The rules a panel of types breaks, empty when it is valid. */
	static List<String> violations(SelectionProblem problem, int[] counts) {
		List<String> problems = new ArrayList<>();
		int size = 0;
		int[] perQuota = new int[problem.quotas().size()];
		for (int t = 0; t < counts.length; t++) {
			if (counts[t] < 0 || counts[t] > problem.typeSize(t)) {
				problems.add("type " + t + " has " + counts[t] + " seats but " + problem.typeSize(t) + " members");
			}
			size += counts[t];
			for (int q : problem.quotasOfType(t)) {
				perQuota[q] += counts[t];
			}
		}
		quotaViolations(problem, size, perQuota, problems);
		for (int[] household : problem.households()) {
			int seated = 0;
			for (int t : household) {
				seated += counts[t];
			}
			if (seated > 1) {
				problems.add(seated + " members of one household");
			}
		}
		return problems;
	}

	/** The rules a panel of respondent ids breaks, empty when it is valid. */
	public static List<String> violations(SelectionProblem problem, List<String> panel) {
		List<String> problems = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < problem.respondents().size(); i++) {
			index.put(problem.respondents().get(i).id(), i);
		}
		int[] perQuota = new int[problem.quotas().size()];
		Set<String> seen = new HashSet<>();
		Set<String> households = new HashSet<>();
		for (String id : panel) {
			Integer i = index.get(id);
			if (i == null) {
				problems.add("'" + id + "' is not in the pool");
				continue;
			}
			if (!seen.add(id)) {
				problems.add("'" + id + "' is chosen twice");
			}
			String household = problem.respondents().get(i).household();
			if (household != null && !households.add(household)) {
				problems.add("'" + id + "' shares a household with another panel member");
			}
			for (int q : problem.quotasOfRespondent(i)) {
				perQuota[q]++;
			}
		}
		quotaViolations(problem, panel.size(), perQuota, problems);
		return problems;
	}

	private static void quotaViolations(SelectionProblem problem, int size, int[] perQuota, List<String> problems) {
		if (size != problem.panelSize()) {
			problems.add("the panel has " + size + " members instead of " + problem.panelSize());
		}
		for (int q = 0; q < perQuota.length; q++) {
			Quota quota = problem.quotas().get(q);
			if (perQuota[q] < quota.min() || perQuota[q] > quota.max()) {
				problems.add(quota.label() + " has " + perQuota[q] + " members, outside [" + quota.min() + ", "
						+ quota.max() + "]");
			}
		}
	}

}
