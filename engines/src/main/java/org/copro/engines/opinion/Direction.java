package org.copro.engines.opinion;

/** Whether a statement stands out for being agreed with or disagreed with. */
public enum Direction {

	AGREE, DISAGREE;

	/** The lower-case name used in JSON output. */
	public String label() {
		return this == AGREE ? "agree" : "disagree";
	}

}
