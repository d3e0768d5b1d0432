package org.copro.engines.voting;

/** How a proposal or consent decision ended. */
public enum Outcome {

	/**
	 * Quorum met, and more agreed than disagreed (proposal) or nobody objected (consent).
	 */
	PASSED,
	/** Quorum met but not carried. */
	REJECTED,
	/** Somebody blocked or objected. */
	BLOCKED,
	/** Too few of those eligible took part. */
	NO_QUORUM

}
