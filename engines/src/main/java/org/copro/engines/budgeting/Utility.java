package org.copro.engines.budgeting;

/**
 * How much a voter gains from a funded project, the satisfaction measure that the Method
 * of Equal Shares splits costs by and that greedy rules maximise per unit of money.
 */
public enum Utility {

	/** The project's cost for every voter who lists it (equalshares.net's default). */
	COST,
	/** One for every voter who lists the project. */
	CARDINALITY,
	/**
	 * The points the voter gives (cumulative, scoring; {@code max_length − rank} for
	 * ordinal ballots).
	 */
	POINTS,
	/**
	 * The points the voter gives times the project's cost: {@link #COST} weighted by
	 * points.
	 */
	POINTS_COST;

	/**
	 * The utility a voter who gives {@code points} to project {@code p} draws from it.
	 */
	long of(Election election, int project, long points) {
		return switch (this) {
			case COST -> election.cost[project];
			case CARDINALITY -> 1;
			case POINTS -> points;
			case POINTS_COST -> Math.multiplyExact(points, election.cost[project]);
		};
	}

}
