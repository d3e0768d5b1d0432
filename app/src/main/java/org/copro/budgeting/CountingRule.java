package org.copro.budgeting;

import org.copro.engines.budgeting.TallyOptions;

/** The rules a facilitator may choose, each as the engine counts it. */
enum CountingRule {

	/** The Method of Equal Shares with cost utilities and Add1, as equalshares.net counts it. */
	MES,

	/** The utilitarian greedy rule: most votes first, skipping what no longer fits. */
	GREEDY,

	/** Sequential Phragmén. */
	PHRAGMEN;

	TallyOptions options() {
		return switch (this) {
			case MES -> TallyOptions.mes().withExplain(true);
			case GREEDY -> TallyOptions.of(TallyOptions.Rule.GREEDY);
			case PHRAGMEN -> TallyOptions.of(TallyOptions.Rule.PHRAGMEN);
		};
	}
}
