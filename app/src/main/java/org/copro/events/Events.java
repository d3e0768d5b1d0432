package org.copro.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's use cases: setting up events and sessions, registering, attendance,
 * exercises, follow-up.
 */
@Service
class Events {

	private final EventRepository events;

	private final EventSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final ContactShareRepository shares;

	private final EventFeedbackRepository feedback;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher publisher;

	// Accounts asks every module for personal data, this one included: look it up when
	// needed, not at start.
	private final ObjectProvider<Accounts> accounts;

	private final EntityManager entityManager;

	Events(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			QuestionRepository questions, AnswerRepository answers, ContactShareRepository shares,
			EventFeedbackRepository feedback, JdbcTemplate jdbc, ApplicationEventPublisher publisher,
			ObjectProvider<Accounts> accounts, EntityManager entityManager) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.questions = questions;
		this.answers = answers;
		this.shares = shares;
		this.feedback = feedback;
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.accounts = accounts;
		this.entityManager = entityManager;
	}

	// Events and sessions

	@Transactional(readOnly = true)
	List<Event> list() {
		return events.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	Event find(long id) {
		return events.findById(id).orElseThrow(() -> new EventNotFoundException(id));
	}

	@Transactional
	long create(EventDetails details, AccountId organiser) {
		return events.save(new Event(details, organiser)).id();
	}

	/** Changes an event; when it now has more places, the waiting list moves up. */
	@Transactional
	void change(long id, EventDetails details) {
		Event event = locked(id);
		event.change(details);
		promoteWhilePlaces(event);
	}

	/** Adds a session whose title, if it has one, is in English. */
	@Transactional
	long addSession(long eventId, String title, Instant startsAt, Instant endsAt, @Nullable String place,
			@Nullable String onlineLink) {
		return addSession(eventId, title, "en", startsAt, endsAt, place, onlineLink);
	}

	/** Adds a session whose title is written in the given language. */
	@Transactional
	long addSession(long eventId, String title, String language, Instant startsAt, Instant endsAt,
			@Nullable String place, @Nullable String onlineLink) {
		locked(eventId);
		return sessions.save(new EventSession(eventId, title, language, startsAt, endsAt, place, onlineLink)).id();
	}

	@Transactional(readOnly = true)
	List<EventSession> sessions(long eventId) {
		return sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	EventSession session(long eventId, long sessionId) {
		return sessions.findById(sessionId)
			.filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new EventNotFoundException(eventId));
	}

	/**
	 * Whether the event's last session has ended (an event with no sessions yet is still
	 * to come).
	 */
	@Transactional(readOnly = true)
	boolean past(long eventId) {
		List<EventSession> all = sessions(eventId);
		return !all.isEmpty() && all.getLast().endsAt().isBefore(Instant.now());
	}

	// Registration

	/**
	 * Registers a person, or changes their registration, in one transaction that holds
	 * the event's lock: a place when one is free, otherwise the end of the waiting list.
	 */
	@Transactional
	Registration register(long eventId, AccountId person, String displayName, String language, Needs needs,
			Set<Long> chosen) {
		Event event = locked(eventId);
		Set<Long> known = sessions(eventId).stream().map(EventSession::id).collect(Collectors.toSet());
		if (chosen.isEmpty() || !known.containsAll(chosen)) {
			throw new IllegalArgumentException("Choose one or more of the event's sessions");
		}
		Registration registration = registrations.findByEventIdAndAccountId(eventId, person.value())
			.orElseGet(() -> new Registration(eventId, person, displayName, language));
		registration.fill(needs, chosen);
		if (!registration.saved() || registration.cancelled()) {
			long taken = registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED);
			registration.queue(taken < event.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING);
			registration = registrations.saveAndFlush(registration);
			tell(registration, registration.confirmed() ? "events.mail.confirmed" : "events.mail.waiting", event);
		}
		return registration;
	}

	/**
	 * Cancels a person's place or waiting-list entry; a freed place goes to the first
	 * person waiting.
	 */
	@Transactional
	boolean cancel(long eventId, AccountId person) {
		Event event = locked(eventId);
		Optional<Registration> found = registrations.findByEventIdAndAccountId(eventId, person.value())
			.filter(r -> !r.cancelled());
		if (found.isEmpty()) {
			return false;
		}
		found.get().cancel();
		registrations.flush();
		promoteWhilePlaces(event);
		return true;
	}

	private void promoteWhilePlaces(Event event) {
		long taken = registrations.countByEventIdAndStatus(event.id(), RegistrationStatus.CONFIRMED);
		for (Registration waiting : registrations.findByEventIdAndStatusOrderByQueuedAtAscIdAsc(event.id(),
				RegistrationStatus.WAITING)) {
			if (taken >= event.capacity()) {
				break;
			}
			waiting.confirm();
			taken++;
			tell(waiting, "events.mail.promoted", event);
		}
		registrations.flush();
	}

	/** Tells the person, in their language, what became of their registration. */
	private void tell(Registration registration, String messageKey, Event event) {
		accounts.getObject()
			.sendNotice(registration.account(), messageKey, language -> new Object[] { event.title(language) });
	}

	@Transactional(readOnly = true)
	Optional<Registration> registration(long eventId, AccountId person) {
		return registrations.findByEventIdAndAccountId(eventId, person.value());
	}

	@Transactional(readOnly = true)
	List<Registration> registrations(long eventId) {
		return registrations.findByEventIdOrderByQueuedAtAscIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	long confirmedCount(long eventId) {
		return registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED);
	}

	/** The person's place on the waiting list, counting from 1. */
	@Transactional(readOnly = true)
	int waitingPosition(long eventId, AccountId person) {
		List<Registration> waiting = registrations.findByEventIdAndStatusOrderByQueuedAtAscIdAsc(eventId,
				RegistrationStatus.WAITING);
		for (int i = 0; i < waiting.size(); i++) {
			if (waiting.get(i).accountId() == person.value()) {
				return i + 1;
			}
		}
		return 0;
	}

	// Attendance

	/** Records who came to a session: those ticked are present, the others not. */
	@Transactional
	void recordAttendance(long eventId, long sessionId, Set<Long> present) {
		session(eventId, sessionId);
		Set<Long> registered = registrations(eventId).stream()
			.filter(Registration::confirmed)
			.map(Registration::accountId)
			.collect(Collectors.toSet());
		jdbc.update("delete from ev_attendance where session_id = ?", sessionId);
		for (Long account : present) {
			if (registered.contains(account)) {
				jdbc.update("insert into ev_attendance (session_id, account_id) values (?, ?)", sessionId, account);
			}
		}
	}

	@Transactional(readOnly = true)
	Set<Long> attendance(long sessionId) {
		return new HashSet<>(
				jdbc.queryForList("select account_id from ev_attendance where session_id = ?", Long.class, sessionId));
	}

	/** Whether the person was marked present at any session of the event. */
	@Transactional(readOnly = true)
	boolean attended(long eventId, AccountId person) {
		Integer count = jdbc
			.queryForObject("select count(*) from ev_attendance a join ev_session s on s.id = a.session_id"
					+ " where s.event_id = ? and a.account_id = ?", Integer.class, eventId, person.value());
		return count != null && count > 0;
	}

	/**
	 * The people marked present at any session, by name, in the order they registered.
	 */
	@Transactional(readOnly = true)
	List<Registration> attendees(long eventId) {
		Set<Long> present = new HashSet<>(jdbc.queryForList("select distinct a.account_id from ev_attendance a"
				+ " join ev_session s on s.id = a.session_id where s.event_id = ?", Long.class, eventId));
		return registrations(eventId).stream().filter(r -> present.contains(r.accountId())).toList();
	}

	// Exercises

	@Transactional
	void addQuestion(long eventId, String textEn, String textCy) {
		locked(eventId);
		questions.save(new Question(eventId, textEn, textCy));
	}

	@Transactional
	boolean removeQuestion(long eventId, long questionId) {
		Optional<Question> question = questions.findById(questionId).filter(q -> q.eventId() == eventId);
		if (question.isEmpty() || answers.countByQuestionId(questionId) > 0) {
			return false;
		}
		questions.delete(question.get());
		return true;
	}

	@Transactional(readOnly = true)
	List<Question> questions(long eventId) {
		return questions.findByEventIdOrderById(eventId);
	}

	/**
	 * Records an answer and announces it, so that the accountability log can follow it
	 * up.
	 */
	@Transactional
	long answer(long eventId, long questionId, String text, String language, @Nullable AccountId author,
			boolean onBehalf) {
		Question question = questions.findById(questionId)
			.filter(q -> q.eventId() == eventId)
			.orElseThrow(() -> new EventNotFoundException(eventId));
		Answer answer = answers
			.save(new Answer(eventId, question.id(), text, language, onBehalf ? null : author, onBehalf));
		publisher.publishEvent(
				new AnswerGiven(eventId, answer.id(), onBehalf ? null : author, answer.text(), answer.language()));
		return answer.id();
	}

	@Transactional(readOnly = true)
	List<Answer> answers(long eventId) {
		return answers.findByEventIdOrderById(eventId);
	}

	@Transactional(readOnly = true)
	ExerciseSummary summary(long eventId) {
		return ExerciseSummary.of(questions(eventId), answers(eventId));
	}

	/**
	 * Gives a theme to every answer of a question that reads the same as the given group.
	 */
	@Transactional
	void assignTheme(long eventId, long questionId, String groupKey, @Nullable String theme) {
		answers.findByEventIdOrderById(eventId)
			.stream()
			.filter(a -> a.questionId() == questionId && ExerciseSummary.normalise(a.text()).equals(groupKey))
			.forEach(a -> a.theme(theme));
	}

	@Transactional
	void publishSummary(long eventId) {
		locked(eventId).publishSummary();
	}

	@Transactional
	void withdrawSummary(long eventId) {
		locked(eventId).withdrawSummary();
	}

	// After the event

	/**
	 * Shares the person's contact details with one other attendee; both must have
	 * attended.
	 */
	@Transactional
	boolean shareContact(long eventId, AccountId from, long to, String contact) {
		if (from.value() == to || !attended(eventId, from) || !attended(eventId, new AccountId(to))) {
			return false;
		}
		Optional<ContactShare> existing = shares.findByEventIdAndFromAccountAndToAccount(eventId, from.value(), to);
		existing.ifPresent(shares::delete);
		shares.flush();
		shares.save(new ContactShare(eventId, from.value(), to, contact));
		return true;
	}

	@Transactional
	boolean withdrawContact(long eventId, AccountId from, long to) {
		Optional<ContactShare> existing = shares.findByEventIdAndFromAccountAndToAccount(eventId, from.value(), to);
		existing.ifPresent(shares::delete);
		return existing.isPresent();
	}

	@Transactional(readOnly = true)
	List<ContactShare> sharedBy(long eventId, AccountId person) {
		return shares.findByEventIdAndFromAccount(eventId, person.value());
	}

	@Transactional(readOnly = true)
	List<ContactShare> sharedWith(long eventId, AccountId person) {
		return shares.findByEventIdAndToAccount(eventId, person.value());
	}

	@Transactional
	void joinFollowUp(long eventId, AccountId person, String displayName) {
		if (!inFollowUp(eventId, person)) {
			jdbc.update("insert into ev_follow_up (event_id, account_id, display_name, joined_at) values (?, ?, ?, ?)",
					eventId, person.value(), displayName, java.sql.Timestamp.from(Instant.now()));
		}
	}

	@Transactional
	void leaveFollowUp(long eventId, AccountId person) {
		jdbc.update("delete from ev_follow_up where event_id = ? and account_id = ?", eventId, person.value());
	}

	@Transactional(readOnly = true)
	boolean inFollowUp(long eventId, AccountId person) {
		Integer count = jdbc.queryForObject("select count(*) from ev_follow_up where event_id = ? and account_id = ?",
				Integer.class, eventId, person.value());
		return count != null && count > 0;
	}

	@Transactional(readOnly = true)
	List<String> followUpNames(long eventId) {
		return jdbc.queryForList("select display_name from ev_follow_up where event_id = ? order by joined_at",
				String.class, eventId);
	}

	/**
	 * Records feedback once per person; when anonymous, only the fact that they gave it
	 * is kept with their name.
	 */
	@Transactional
	boolean giveFeedback(long eventId, AccountId person, int rating, @Nullable String comments, boolean anonymous) {
		return giveFeedback(eventId, person, rating, comments, "en", anonymous);
	}

	/** Records feedback whose comments are written in the given language. */
	@Transactional
	boolean giveFeedback(long eventId, AccountId person, int rating, @Nullable String comments, String language,
			boolean anonymous) {
		Integer given = jdbc.queryForObject(
				"select count(*) from ev_feedback_given where event_id = ? and account_id = ?", Integer.class, eventId,
				person.value());
		if (given != null && given > 0) {
			return false;
		}
		jdbc.update("insert into ev_feedback_given (event_id, account_id) values (?, ?)", eventId, person.value());
		feedback.save(new Feedback(eventId, anonymous ? null : person.value(), rating, comments, language));
		return true;
	}

	@Transactional(readOnly = true)
	boolean gaveFeedback(long eventId, AccountId person) {
		Integer given = jdbc.queryForObject(
				"select count(*) from ev_feedback_given where event_id = ? and account_id = ?", Integer.class, eventId,
				person.value());
		return given != null && given > 0;
	}

	@Transactional(readOnly = true)
	List<Feedback> feedback(long eventId) {
		return feedback.findByEventIdOrderById(eventId);
	}

	// Personal data

	@Transactional(readOnly = true)
	PersonalRecords personalRecords(AccountId person) {
		return new PersonalRecords(registrations.findByAccountId(person.value()),
				answers.findByAuthorId(person.value()),
				shares.findByFromAccountOrToAccount(person.value(), person.value()),
				feedback.findByAuthorId(person.value()));
	}

	record PersonalRecords(List<Registration> registrations, List<Answer> answers, List<ContactShare> shares,
			List<Feedback> feedback) {
	}

	/**
	 * Forgets a person who deleted their account: their needs and contact consents go,
	 * their future places are cancelled (the waiting list moves up), and their answers
	 * and feedback stay without their name.
	 */
	@Transactional
	void forget(AccountId person) {
		for (long eventId : registrations.findEventIdsByAccountId(person.value())) {
			// The event's lock first, as every change to its places takes it, and the
			// place read again under it: someone else's cancellation may have just given
			// this person a place, and the two must neither overwrite nor wait for each
			// other.
			Event event = locked(eventId);
			Registration registration = registrations.findByEventIdAndAccountId(eventId, person.value()).orElseThrow();
			entityManager.refresh(registration);
			registration.forget();
			if (!registration.cancelled() && !past(eventId)) {
				registration.cancel();
				registrations.flush();
				promoteWhilePlaces(event);
			}
		}
		shares.deleteAll(shares.findByFromAccountOrToAccount(person.value(), person.value()));
		jdbc.update("delete from ev_follow_up where account_id = ?", person.value());
		answers.findByAuthorId(person.value()).forEach(Answer::anonymise);
		feedback.findByAuthorId(person.value()).forEach(Feedback::anonymise);
	}

	/** Names by account, for showing who shared what. */
	@Transactional(readOnly = true)
	Map<Long, String> names(long eventId) {
		return registrations(eventId).stream()
			.collect(Collectors.toMap(Registration::accountId, Registration::displayName, (a, b) -> a));
	}

	List<Registration> confirmedIn(long eventId, long sessionId) {
		List<Registration> result = new ArrayList<>();
		for (Registration registration : registrations(eventId)) {
			if (registration.confirmed() && registration.sessions().contains(sessionId)) {
				result.add(registration);
			}
		}
		return result;
	}

	private Event locked(long id) {
		return events.findForUpdate(id).orElseThrow(() -> new EventNotFoundException(id));
	}

}
