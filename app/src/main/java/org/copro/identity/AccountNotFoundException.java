package org.copro.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException(AccountId id) {
		super("No account " + id.value());
	}

}
