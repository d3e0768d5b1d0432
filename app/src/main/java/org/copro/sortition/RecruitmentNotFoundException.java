package org.copro.sortition;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class RecruitmentNotFoundException extends RuntimeException {

	RecruitmentNotFoundException(long id) {
		super("No recruitment " + id);
	}

}
