package org.copro.accountability;

/**
 * Where the response to a piece of input stands; the latest response gives the input its
 * status.
 */
public enum ActionStatus {

	/** Something will be done. */
	PLANNED,

	/** Something is being done. */
	IN_PROGRESS,

	/** It has been done. */
	DONE,

	/** It cannot be done; the response says why. */
	NOT_POSSIBLE

}
