package org.copro.engines.sortition;

/** How the panel lottery is chosen. */
public enum Algorithm {

	/**
	 * Maximise the smallest selection probability, then the next (Flanigan et al. 2021).
	 */
	LEXIMIN,

	/** The greedy stratified draw the Sortition Foundation used before LEXIMIN. */
	LEGACY

}
