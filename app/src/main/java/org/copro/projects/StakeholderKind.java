package org.copro.projects;

enum StakeholderKind {

	INDIVIDUAL, GROUP, ORGANISATION

}
