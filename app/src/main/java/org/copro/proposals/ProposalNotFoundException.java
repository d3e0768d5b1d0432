package org.copro.proposals;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ProposalNotFoundException extends RuntimeException {

	ProposalNotFoundException(String what, long id) {
		super("No " + what + " " + id);
	}

}
