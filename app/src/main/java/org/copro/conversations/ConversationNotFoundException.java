package org.copro.conversations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ConversationNotFoundException extends RuntimeException {

	ConversationNotFoundException(long id) {
		super("No conversation or statement " + id);
	}

}
