package org.copro.identity;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The emails the platform sent most recently, for any module's tests to check what a
 * person was told.
 */
@Component
public class TestMailbox {

	/** One email as the person reads it. */
	public record Mail(String to, String subject, String body) {
	}

	private final AccountMailer mailer;

	TestMailbox(AccountMailer mailer) {
		this.mailer = mailer;
	}

	/** The recent emails to this address, newest first. */
	public List<Mail> to(String email) {
		return mailer.recent()
			.stream()
			.filter(mail -> mail.to().equals(email))
			.map(mail -> new Mail(mail.to(), mail.subject(), mail.body()))
			.toList();
	}

}
