package org.copro.engines.opinion;

/**
 * A statement most participants agree (or disagree) with: {@code successes} of
 * {@code trials}, {@code probability} with a +1/+2 pseudo-count and its z-score
 * {@code probabilityTest}.
 */
public record ConsensusStatement(String statement, Direction direction, int successes, int trials, double probability,
		double probabilityTest) {
}
