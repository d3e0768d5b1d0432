package org.copro.budgeting;

/**
 * The phases of a process, in order: being set up, collecting residents' ideas,
 * feasibility review, open for voting, and closed with its result published.
 */
enum ProcessStatus {

	DRAFT,

	PROPOSALS,

	REVIEW,

	VOTING,

	CLOSED;

	/** The later of two phases. */
	ProcessStatus atLeast(ProcessStatus other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
