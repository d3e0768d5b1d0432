package org.copro.projects;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Also answers for a private project that the person may not know about, so that its
 * existence stays private.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFoundException extends RuntimeException {

	ProjectNotFoundException(String what) {
		super("Not found: " + what);
	}

}
