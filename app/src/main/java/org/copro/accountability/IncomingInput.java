package org.copro.accountability;

import org.copro.web.InputReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to every tool's input events and records each piece of input once in the log.
 */
@Component
class IncomingInput {

	private final AccountabilityLog log;

	IncomingInput(AccountabilityLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(InputReceived input) {
		log.record(input);
	}

}
