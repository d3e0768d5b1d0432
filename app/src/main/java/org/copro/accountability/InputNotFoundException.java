package org.copro.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class InputNotFoundException extends RuntimeException {

	InputNotFoundException(long id) {
		super("No input " + id + " in the accountability log");
	}

}
