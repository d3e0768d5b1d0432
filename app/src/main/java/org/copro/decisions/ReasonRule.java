package org.copro.decisions;

/** Whether voters must give a reason with their vote. */
enum ReasonRule {

	OPTIONAL, REQUIRED

}
