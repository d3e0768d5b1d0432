package org.copro.projects;

enum ActionStatus {

	OPEN, DONE

}
