package org.copro.projects;

/** The ladder of participation, from being told to sharing power fully. */
enum Ladder {

	INFORMING, CONSULTING, ENGAGING, CO_DESIGNING, CO_PRODUCING;

	/** The rung, from 1 (informing) to 5 (co-producing). */
	public int rung() {
		return ordinal() + 1;
	}

}
