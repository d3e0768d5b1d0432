package org.copro.decisions;

/**
 * An objection stops a consent decision while open; the proposer addresses it, or the
 * objector withdraws it.
 */
enum ObjectionStatus {

	OPEN, ADDRESSED, WITHDRAWN

}
