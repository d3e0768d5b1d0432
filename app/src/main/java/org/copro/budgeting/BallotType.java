package org.copro.budgeting;

import org.copro.engines.budgeting.Utility;
import org.copro.engines.budgeting.VoteType;

/** How a voter fills in a ballot, and so how the engine reads it. */
enum BallotType {

	/** Tick the projects you support, between the fewest and the most allowed. */
	APPROVAL,

	/** Tick projects whose total cost fits the heading's budget. */
	KNAPSACK,

	/** Spread a number of points over projects, with a most per project. */
	CUMULATIVE,

	/** Rank up to a number of projects, 1 for the one you want most. */
	RANKING;

	/**
	 * The pabulib {@code vote_type}: a knapsack ballot is an approval ballot with a cost
	 * limit.
	 */
	VoteType voteType() {
		return switch (this) {
			case APPROVAL, KNAPSACK -> VoteType.APPROVAL;
			case CUMULATIVE -> VoteType.CUMULATIVE;
			case RANKING -> VoteType.ORDINAL;
		};
	}

	/**
	 * Cost utilities for ticked ballots; for points and ranks, the cost weighted by the
	 * points each rank earns.
	 */
	Utility utility() {
		return ticked() ? Utility.COST : Utility.POINTS_COST;
	}

	/** Whether the voter ticks projects (rather than giving points or ranks). */
	public boolean ticked() {
		return this == APPROVAL || this == KNAPSACK;
	}

	public boolean points() {
		return this == CUMULATIVE;
	}

	public boolean ranks() {
		return this == RANKING;
	}

	/** Whether the ballot has the fewest and most projects a voter chooses. */
	public boolean limited() {
		return this == APPROVAL || this == RANKING;
	}

}
