package org.copro.decisions;

/**
 * How a ranked-choice poll is counted: instant run-off for one winner, single
 * transferable vote for several.
 */
enum RankingMethod {

	IRV, STV

}
