package org.copro.projects;

/** How the project takes its decisions. */
enum DecisionMethod {

	CONSENT, CONSENSUS, MAJORITY_VOTE, CO_LEADS_DECIDE

}
