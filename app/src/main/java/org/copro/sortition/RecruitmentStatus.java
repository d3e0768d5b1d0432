package org.copro.sortition;

/** Where a recruitment stands: taking volunteers, closed before the draw, or drawn. */
enum RecruitmentStatus {

	OPEN,

	CLOSED,

	DRAWN
}
