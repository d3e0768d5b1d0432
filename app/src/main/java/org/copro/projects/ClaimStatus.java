package org.copro.projects;

enum ClaimStatus {

	SUBMITTED, APPROVED, REJECTED, PAID

}
