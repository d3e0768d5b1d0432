package org.copro.budgeting;

/**
 * Where a process stands: being set up, collecting residents' ideas, open for voting, or closed with its
 * result published.
 */
enum ProcessStatus {

	DRAFT,

	PROPOSALS,

	VOTING,

	CLOSED
}
