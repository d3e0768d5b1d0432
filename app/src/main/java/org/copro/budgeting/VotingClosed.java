package org.copro.budgeting;

/**
 * A process's vote closed and its result is public from now on.
 *
 * @param process the process's id
 * @param ballots how many ballots were counted
 */
public record VotingClosed(long process, long ballots) {
}
