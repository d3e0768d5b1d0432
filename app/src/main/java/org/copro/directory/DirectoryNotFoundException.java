package org.copro.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DirectoryNotFoundException extends RuntimeException {

	DirectoryNotFoundException(String what, long id) {
		super("No " + what + " " + id);
	}

}
