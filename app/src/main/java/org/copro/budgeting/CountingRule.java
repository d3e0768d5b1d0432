package org.copro.budgeting;

import org.copro.engines.budgeting.TallyOptions;

/** The rules a facilitator may choose, each as the engine counts it. */
enum CountingRule {

	/**
	 * The Method of Equal Shares with cost utilities and Add1, as equalshares.net counts
	 * it.
	 */
	MES,

	/** The utilitarian greedy rule: most votes first, skipping what no longer fits. */
	GREEDY,

	/** Sequential Phragmén. */
	PHRAGMEN;

	TallyOptions options() {
		return options(BallotType.APPROVAL);
	}

	/**
	 * The engine's options for ballots of this type: cost utilities for ticks,
	 * points-based ones otherwise.
	 */
	TallyOptions options(BallotType type) {
		return switch (this) {
			case MES -> TallyOptions.mes().withExplain(true).withUtility(type.utility());
			case GREEDY -> TallyOptions.of(TallyOptions.Rule.GREEDY).withUtility(type.utility());
			case PHRAGMEN -> TallyOptions.of(TallyOptions.Rule.PHRAGMEN);
		};
	}

	/** Sequential Phragmén counts ticked ballots only. */
	boolean counts(BallotType type) {
		return this != PHRAGMEN || type.ticked();
	}

}
