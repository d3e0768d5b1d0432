package org.copro.accountability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.copro.identity.MailRecipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person that their input was answered: by email when a mail host is configured,
 * otherwise in the log (as identity does with its account emails), in the language of
 * their account.
 */
@Component
class AnswerNotifier {

	record Mail(String to, String subject, String body) {
	}

	private static final Logger log = LoggerFactory.getLogger(AnswerNotifier.class);

	private static final int RECENT = 50;

	private final AccountabilityLog accountability;

	private final Accounts accounts;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	private final Deque<Mail> recent = new ArrayDeque<>();

	AnswerNotifier(AccountabilityLog accountability, Accounts accounts, ObjectProvider<JavaMailSender> mailSender,
			MessageSource messages, @Value("${copro.mail.from}") String from,
			@Value("${copro.base-url}") String baseUrl) {
		this.accountability = accountability;
		this.accounts = accounts;
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(InputAnswered answered) {
		Long author = answered.authorAccount();
		if (author == null) {
			return;
		}
		accountability.item(answered.tool(), answered.reference())
			.ifPresent(item -> accounts.mailRecipient(new AccountId(author))
				.ifPresent(recipient -> notify(recipient, item, accountability.history(item.id()))));
	}

	private void notify(MailRecipient recipient, InputItem item, List<Response> history) {
		if (history.isEmpty()) {
			return;
		}
		Response latest = history.getFirst();
		String status = messages.getMessage("accountability.status." + latest.status().name(), null,
				recipient.language());
		String reason = latest.reason() == null ? "" : messages.getMessage("accountability.mail.reason",
				new Object[] { latest.reason() }, recipient.language());
		Object[] arguments = { recipient.displayName(), status, item.excerpt(), latest.text(), reason,
				baseUrl + "/you-said-we-did/" + item.id(), baseUrl + "/account/my-input" };
		String subject = messages.getMessage("accountability.mail.answered.subject", arguments, recipient.language());
		String body = messages.getMessage("accountability.mail.answered.body", arguments, recipient.language());
		send(new Mail(recipient.email(), subject, body));
	}

	private void send(Mail mail) {
		synchronized (recent) {
			recent.addFirst(mail);
			while (recent.size() > RECENT) {
				recent.removeLast();
			}
		}
		// Spring Boot defines a mail sender only when a mail host is configured.
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Email not sent (no mail host configured) to={} subject=\"{}\"\n{}", mail.to(), mail.subject(),
					mail.body());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			// The answer is saved and shown either way; the operator sees why the mail
			// did not leave.
			log.error("Could not send the answer notification to {}: {}", mail.to(), ex.getMessage());
		}
	}

	/**
	 * The most recent notifications, newest first (for development and tests; bounded in
	 * size).
	 */
	List<Mail> recent() {
		synchronized (recent) {
			return List.copyOf(recent);
		}
	}

}
