package org.copro.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code COPRO_ADMIN_EMAIL} and
 * {@code COPRO_ADMIN_PASSWORD} when the platform starts with no administrator; does
 * nothing once one exists.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String email;

	private final String password;

	FirstAdministrator(Accounts accounts, @Value("${copro.admin.email:}") String email,
			@Value("${copro.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createWhenMissing() {
		if (email.isBlank() || accounts.administratorExists()) {
			return;
		}
		if (password.length() < 12) {
			log.warn("COPRO_ADMIN_PASSWORD must have 12 characters or more; no administrator was created");
			return;
		}
		accounts.createAdministrator(email, "Administrator", password);
		log.info("Created the first administrator, {}", email);
	}

}
