package org.copro.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends account emails by SMTP when a mail host is configured, and otherwise writes them
 * to the log, so that a developer can follow the link.
 */
@Component
class AccountMailer {

	record Mail(String to, String subject, String body) {
	}

	private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

	private static final int RECENT = 50;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	private final Deque<Mail> recent = new ArrayDeque<>();

	AccountMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${copro.mail.from}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	void send(String to, String messageKey, Locale locale, Object... arguments) {
		String subject = messages.getMessage(messageKey + ".subject", arguments, locale);
		String body = messages.getMessage(messageKey + ".body", arguments, locale);
		Mail mail = new Mail(to, subject, body);
		synchronized (recent) {
			recent.addFirst(mail);
			while (recent.size() > RECENT) {
				recent.removeLast();
			}
		}
		// Spring Boot defines a mail sender only when a mail host is configured.
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Email not sent (no mail host configured) to={} subject=\"{}\"\n{}", to, subject, body);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			// The person sees the same page either way; the operator sees why the mail
			// did not leave.
			log.error("Could not send email to {}: {}", to, ex.getMessage());
		}
	}

	/**
	 * The most recent emails, newest first (for development and tests; bounded in size).
	 */
	List<Mail> recent() {
		synchronized (recent) {
			return List.copyOf(recent);
		}
	}

}
