package org.copro.directory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the contact form's messages to organisations by SMTP when a mail host is
 * configured, and otherwise writes them to the log.
 */
@Component
class DirectoryMailer {

	record Mail(String to, @Nullable String replyTo, String subject, String body) {
	}

	private static final Logger log = LoggerFactory.getLogger(DirectoryMailer.class);

	private static final int RECENT = 50;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final Deque<Mail> recent = new ArrayDeque<>();

	DirectoryMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${copro.mail.from}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	void send(Mail mail) {
		synchronized (recent) {
			recent.addFirst(mail);
			while (recent.size() > RECENT) {
				recent.removeLast();
			}
		}
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Email not sent (no mail host configured) to={} subject=\"{}\"\n{}", mail.to(), mail.subject(),
					mail.body());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		if (mail.replyTo() != null) {
			message.setReplyTo(mail.replyTo());
		}
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.error("Could not send a directory message to organisation address: {}", ex.getMessage());
		}
	}

	/**
	 * The most recent messages, newest first (for development and tests; bounded in
	 * size).
	 */
	List<Mail> recent() {
		synchronized (recent) {
			return List.copyOf(recent);
		}
	}

}
