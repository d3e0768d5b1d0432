package org.copro.engines.opinion;

import java.util.List;
import java.util.Map;

/**
 * The result of analysing a conversation.
 *
 * @param participants every participant with a vote (rows of the matrix)
 * @param statements every statement with a vote (columns), including those moderated out
 * @param excluded statements left out of the analysis (rejected or meta)
 * @param center mean vote of each statement, in statement order
 * @param components the two principal components, each in statement order
 * @param projections each participant's position on the two components (scaled for light
 * voters)
 * @param clustered participants voting enough to be placed in groups
 * @param groups the opinion groups, by decreasing size
 * @param agreeConsensus statements most participants agree with
 * @param disagreeConsensus statements most participants disagree with
 * @param groupAwareConsensus per statement, the product over groups of each group's
 * agreement probability
 * @param priorities per statement, the weight with which to show it next to a voter
 */
public record OpinionAnalysis(List<String> participants, List<String> statements, List<String> excluded,
		double[] center, double[][] components, double[][] projections, List<String> clustered,
		List<OpinionGroup> groups, List<ConsensusStatement> agreeConsensus, List<ConsensusStatement> disagreeConsensus,
		Map<String, Double> groupAwareConsensus, Map<String, Double> priorities) {
}
