package org.copro.engines.voting;

/** An answer in a meeting-time poll. */
public enum Availability {

	YES, IF_NEED_BE, NO

}
