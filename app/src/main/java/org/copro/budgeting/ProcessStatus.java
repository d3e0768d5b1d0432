package org.copro.budgeting;

/** Where a process stands: being set up, open for voting, or closed with its result published. */
enum ProcessStatus {

	DRAFT,

	VOTING,

	CLOSED
}
