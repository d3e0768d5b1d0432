package org.copro.budgeting;

import java.util.Locale;

/**
 * Where a ballot came from. Every ballot counts the same; the source is published with
 * it.
 */
enum BallotSource {

	/** Cast on this site by a verified participant. */
	ONLINE,

	/** Filled in on paper in person and entered by staff, with the paper's reference. */
	PAPER,

	/** Read from an imported .pb file. */
	IMPORTED;

	/** As the .pb file's {@code source} column writes it. */
	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
