package org.copro.engines.sortition;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a selection.
 *
 * @param algorithm the algorithm that chose the lottery
 * @param probabilities each respondent's chance of selection, by id, in pool order
 * @param minProbability the smallest of those chances
 * @param types the groups of interchangeable respondents the distribution refers to
 * @param distribution the lottery over panels (seats per type; within a type, seats go to
 * a uniformly random subset of its members); empty for LEGACY, whose lottery is the
 * procedure itself
 * @param panel the panel drawn with the seed
 * @param seed the seed of the draw
 * @param samples for LEGACY, how many draws estimated the probabilities; 0 otherwise
 * @param lottery the transparent lottery, when one was asked for
 * @param stats counts of the solver's work (LEXIMIN), for reports
 */
public record SelectionResult(Algorithm algorithm, Map<String, Double> probabilities, double minProbability,
		List<TypeGroup> types, List<PanelShare> distribution, List<String> panel, long seed, int samples,
		TransparentLottery.@org.jspecify.annotations.Nullable Result lottery, Map<String, Integer> stats) {

	/** Respondents with the same answers and no shared household. */
	public record TypeGroup(int type, Map<String, String> features, List<String> members) {
	}

	/** One panel of the lottery: its probability and how many seats each type gets. */
	public record PanelShare(double probability, Map<Integer, Integer> seats) {
	}
}
