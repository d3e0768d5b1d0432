package org.copro.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class EventNotFoundException extends RuntimeException {

	EventNotFoundException(long id) {
		super("No event " + id);
	}

}
