package org.copro.events;

enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED

}
