package org.copro.engines.opinion;

/**
 * A statement that represents a group (Polis "repness"): {@code successes} of the group's
 * {@code trials} voters voted in {@code direction}; {@code probability} is that share
 * with a +1/+2 pseudo-count and {@code probabilityTest} its z-score against one half;
 * {@code repness} is the ratio of that probability to the same probability in the other
 * groups and {@code repnessTest} the z-score of the two-proportion test between them.
 * {@code bestAgree} marks the statement Polis puts first as what the group most agrees
 * with.
 */
public record RepresentativeStatement(String statement, Direction direction, int successes, int trials,
		double probability, double probabilityTest, double repness, double repnessTest, boolean bestAgree) {
}
