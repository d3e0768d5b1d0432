package org.copro.sortition;

/**
 * A volunteer's place: in the pool, on the panel (first draw or as a replacement), or
 * declined their seat.
 */
enum VolunteerStatus {

	POOL,

	SELECTED,

	REPLACEMENT,

	DECLINED;

	public boolean onPanel() {
		return this == SELECTED || this == REPLACEMENT;
	}

}
