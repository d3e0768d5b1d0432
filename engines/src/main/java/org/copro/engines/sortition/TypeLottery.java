package org.copro.engines.sortition;

import java.util.List;
import java.util.Map;

/**
 * A lottery over panels described by the number of seats of each type; within a type the
 * seats go to a uniformly random subset of its members.
 *
 * @param panels seats per type of each panel in the support
 * @param weights the probability of each panel, summing to 1
 * @param stats counts of the work done to find it (stages, solves), for reports
 */
record TypeLottery(List<int[]> panels, double[] weights, Map<String, Integer> stats) {

	/** Each type's chance per member: expected seats divided by the type's size. */
	double[] typeProbabilities(SelectionProblem problem) {
		double[] probability = new double[problem.typeCount()];
		for (int p = 0; p < panels.size(); p++) {
			int[] seats = panels.get(p);
			for (int t = 0; t < seats.length; t++) {
				probability[t] += weights[p] * seats[t];
			}
		}
		for (int t = 0; t < probability.length; t++) {
			probability[t] /= problem.typeSize(t);
		}
		return probability;
	}
}
