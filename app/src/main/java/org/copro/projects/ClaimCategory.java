package org.copro.projects;

/** What an expense claim pays for. */
enum ClaimCategory {

	CHILDCARE, TRAVEL, CARE, OTHER

}
