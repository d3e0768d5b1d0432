package org.copro.decisions;

/**
 * How a decision takes and shows votes.
 *
 * @param anonymous whether votes are shown as counts only, never with names
 * @param resultsHidden whether results stay hidden until the decision closes
 * @param reasonRule whether a reason must come with each vote
 * @param quorum how many votes the result needs to stand (0: no quorum)
 * @param minChoices fewest options an approval ballot chooses
 * @param maxChoices most options an approval ballot chooses
 * @param dots dots each person places in a dot vote
 * @param scoreMin lowest score in a score poll
 * @param scoreMax highest score in a score poll
 * @param method how a ranked-choice poll is counted
 * @param seats how many options a single transferable vote elects
 */
record DecisionSettings(boolean anonymous, boolean resultsHidden, ReasonRule reasonRule, int quorum, int minChoices,
		int maxChoices, int dots, int scoreMin, int scoreMax, RankingMethod method, int seats) {

	static DecisionSettings defaults() {
		return new DecisionSettings(false, false, ReasonRule.OPTIONAL, 0, 1, 1, 10, 0, 5, RankingMethod.IRV, 1);
	}
}
