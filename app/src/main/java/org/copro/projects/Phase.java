package org.copro.projects;

/** Where a project stands. */
enum Phase {

	PLANNING, DOING, REVIEWING, CLOSED

}
