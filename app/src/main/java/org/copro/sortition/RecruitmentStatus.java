package org.copro.sortition;

/**
 * Where a recruitment stands: taking volunteers, closed before the draw, being drawn (so
 * that a second click cannot start a second draw), or drawn.
 */
enum RecruitmentStatus {

	OPEN,

	CLOSED,

	DRAWING,

	DRAWN

}
