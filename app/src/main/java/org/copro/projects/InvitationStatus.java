package org.copro.projects;

enum InvitationStatus {

	NOT_INVITED, INVITED, INVOLVED, DECLINED

}
