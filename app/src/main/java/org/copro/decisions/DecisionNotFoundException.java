package org.copro.decisions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DecisionNotFoundException extends RuntimeException {

	DecisionNotFoundException(long id) {
		super("No decision " + id);
	}

}
