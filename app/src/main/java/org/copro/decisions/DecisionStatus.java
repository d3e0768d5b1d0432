package org.copro.decisions;

/**
 * A decision takes votes while open; once closed it waits for, then shows, its outcome.
 */
enum DecisionStatus {

	OPEN, CLOSED

}
