package org.copro.budgeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ProcessNotFoundException extends RuntimeException {

	ProcessNotFoundException(long id) {
		super("No budgeting process " + id);
	}

}
