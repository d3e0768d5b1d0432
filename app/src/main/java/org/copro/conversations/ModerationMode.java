package org.copro.conversations;

/** When a participant's statement is shown to voters. */
enum ModerationMode {

	/** Shown at once; a moderator may reject it later. */
	VISIBLE_BEFORE_REVIEW,

	/** Shown only once a moderator has accepted it. */
	VISIBLE_AFTER_REVIEW

}
