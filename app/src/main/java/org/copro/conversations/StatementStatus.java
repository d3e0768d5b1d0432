package org.copro.conversations;

/** Where a statement stands in moderation. */
enum StatementStatus {

	PENDING, ACCEPTED, REJECTED;

	/** The engine's moderation code: 1 accepted, 0 not yet moderated, −1 rejected. */
	int moderated() {
		return switch (this) {
			case ACCEPTED -> 1;
			case PENDING -> 0;
			case REJECTED -> -1;
		};
	}

}
