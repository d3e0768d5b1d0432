package org.copro.events;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.copro.identity.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the people with a place of each session a day before it starts, once: a
 * session's reminder is claimed by one conditional update before any mail leaves, so two
 * runs (or two nodes) never both send it.
 */
@Configuration
class EventReminders {

	static final Duration AHEAD = Duration.ofHours(24);

	private final EventSessionRepository sessions;

	private final Events events;

	private static final String WHEN = "EEEE d MMMM yyyy, HH:mm";

	private final ObjectProvider<Accounts> accounts;

	private final TransactionTemplate transactions;

	EventReminders(EventSessionRepository sessions, Events events, ObjectProvider<Accounts> accounts,
			PlatformTransactionManager transactionManager) {
		this.sessions = sessions;
		this.events = events;
		this.accounts = accounts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(initialDelayString = "${copro.events.reminders.initial-delay:PT1M}",
			fixedDelayString = "${copro.events.reminders.every:PT5M}")
	@SchedulerLock(name = "events.reminders")
	void sendReminders() {
		sendDue(Instant.now());
	}

	/**
	 * Sends the reminders of every session that starts within a day of {@code now};
	 * returns how many sessions.
	 */
	int sendDue(Instant now) {
		int sent = 0;
		for (EventSession session : sessions.findByRemindedAtIsNullAndStartsAtBetween(now, now.plus(AHEAD))) {
			Boolean claimed = transactions.execute(status -> {
				if (sessions.claimReminder(session.id(), now) != 1) {
					return false;
				}
				Event event = events.find(session.eventId());
				for (Registration registration : events.confirmedIn(event.id(), session.id())) {
					String where = session.onlineLink() != null ? session.onlineLink()
							: session.place() != null ? session.place() : "";
					accounts.getObject()
						.sendNotice(registration.account(), "events.mail.reminder",
								language -> new Object[] { event.title(language), session.title(),
										session.start().format(DateTimeFormatter.ofPattern(WHEN, language)), where });
				}
				return true;
			});
			if (Boolean.TRUE.equals(claimed)) {
				sent++;
			}
		}
		return sent;
	}

}
