package org.copro.budgeting;

/** The reviewers' decision on a project: only feasible projects go on the ballot. */
enum ProjectReview {

	/** A resident's idea not reviewed yet. */
	PENDING,

	FEASIBLE,

	NOT_FEASIBLE

}
