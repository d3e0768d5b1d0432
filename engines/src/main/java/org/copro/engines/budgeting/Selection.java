package org.copro.engines.budgeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The projects a rule chose, in order, with the ties it met; the internal form of an
 * {@link Outcome}.
 */
final class Selection {

	final List<Integer> projects = new ArrayList<>();

	final List<Outcome.Tie> ties = new ArrayList<>();

	long cost;

	void add(Election election, int project) {
		projects.add(project);
		cost += election.cost[project];
	}

	boolean contains(int project) {
		return projects.contains(project);
	}

	void tie(Election election, List<Integer> tied, TieBreaking.Resolution resolution) {
		ties.add(new Outcome.Tie(projects.size() + 1, tied.stream().map(p -> election.ids[p]).sorted().toList(),
				election.ids[resolution.chosen()], resolution.decidedBy()));
	}

}
