package org.copro.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: the events, each one's sessions and calendar file, registering and
 * cancelling, answering the group exercises, the published summary and report, and what
 * attendees do afterwards.
 */
@Controller
class EventsController {

	static final int MAX_ANSWER = 2000;

	static final int MAX_CONTACT = 500;

	static final int MAX_COMMENTS = 5000;

	private final Events events;

	private final EventsPermissions permissions;

	private final String baseUrl;

	EventsController(Events events, EventsPermissions permissions, @Value("${copro.base-url}") String baseUrl) {
		this.events = events;
		this.permissions = permissions;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/events")
	String showEvents(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		List<EventView> upcoming = new ArrayList<>();
		List<EventView> past = new ArrayList<>();
		for (Event event : events.list()) {
			List<EventSession> sessions = events.sessions(event.id());
			EventView view = new EventView(event, sessions.isEmpty() ? null : sessions.getFirst(), sessions.size());
			(events.past(event.id()) ? past : upcoming).add(view);
		}
		upcoming.sort(EventView.BY_START);
		past.sort(EventView.BY_START.reversed());
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", past);
		model.addAttribute("canCreate", permissions.canCreate(me));
		return "events/list";
	}

	/** An event in a list: its first session, if it has one yet. */
	record EventView(Event event, @Nullable EventSession first, int sessionCount) {

		static final java.util.Comparator<EventView> BY_START = java.util.Comparator
			.comparing(view -> view.first() == null ? java.time.Instant.MAX : view.first().startsAt());

	}

	@GetMapping("/events/{id}")
	String showEvent(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = events.find(id);
		Optional<Registration> registration = me == null ? Optional.empty() : events.registration(id, me.account());
		model.addAttribute("event", event);
		model.addAttribute("sessions", events.sessions(id));
		model.addAttribute("registration", registration.filter(r -> !r.cancelled()).orElse(null));
		model.addAttribute("waitingPosition",
				registration.filter(Registration::waiting).isPresent() ? events.waitingPosition(id, me.account()) : 0);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("past", events.past(id));
		model.addAttribute("placesLeft", Math.max(0, event.capacity() - events.confirmedCount(id)));
		model.addAttribute("canManage", permissions.canManage(me, event));
		model.addAttribute("canAnswer", permissions.canAnswer(me, event) && !events.questions(id).isEmpty());
		model.addAttribute("isAttendee", permissions.isAttendee(me, event));
		return "events/show";
	}

	@GetMapping("/events/{id}/calendar.ics")
	ResponseEntity<byte[]> downloadCalendar(@PathVariable long id, Locale locale) {
		Event event = events.find(id);
		String host = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("copro");
		String ics = EventCalendar.of(event, events.sessions(id), locale, baseUrl, host);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + ".ics").build().toString())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	// Registration

	@GetMapping("/events/{id}/registration")
	String initRegistrationForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Model model) {
		SignedInAccount person = signedIn(me);
		Event event = events.find(id);
		Optional<Registration> existing = events.registration(id, person.account()).filter(r -> !r.cancelled());
		RegistrationForm form = existing.map(RegistrationForm::of).orElseGet(() -> {
			RegistrationForm fresh = new RegistrationForm();
			fresh.setSessions(events.sessions(id).stream().map(EventSession::id).toList());
			return fresh;
		});
		model.addAttribute("form", form);
		model.addAttribute("registration", existing.orElse(null));
		return populateRegistration(event, model);
	}

	private String populateRegistration(Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("sessions", events.sessions(event.id()));
		model.addAttribute("placesLeft", Math.max(0, event.capacity() - events.confirmedCount(event.id())));
		return "events/register";
	}

	@PostMapping("/events/{id}/registration")
	String processRegistrationForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		if (!permissions.canRegister(person)) {
			throw new AccessDeniedException("Sign in to register");
		}
		Event event = events.find(id);
		if (events.past(id)) {
			redirect.addFlashAttribute("problem", "events.register.past");
			return "redirect:/events/" + id;
		}
		Set<Long> known = new LinkedHashSet<>(events.sessions(id).stream().map(EventSession::id).toList());
		Set<Long> chosen = new LinkedHashSet<>(form.getSessions());
		if (chosen.isEmpty() || !known.containsAll(chosen)) {
			result.rejectValue("sessions", "events.register.sessions.required");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("registration",
					events.registration(id, person.account()).filter(r -> !r.cancelled()).orElse(null));
			return populateRegistration(event, model);
		}
		Registration registration = events.register(id, person.account(), person.displayName(), locale.getLanguage(),
				form.needs(), chosen);
		redirect.addFlashAttribute("notice",
				registration.confirmed() ? "events.register.confirmed" : "events.register.waiting");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/registration/cancel")
	String processCancellation(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		events.find(id);
		redirect.addFlashAttribute(events.cancel(id, person.account()) ? "notice" : "problem",
				events.registration(id, person.account()).filter(Registration::cancelled).isPresent()
						? "events.register.cancelled" : "events.register.not-registered");
		return "redirect:/events/" + id;
	}

	// Exercises

	@GetMapping("/events/{id}/exercises")
	String showExercises(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = events.find(id);
		if (!permissions.canAnswer(signedIn(me), event)) {
			throw new AccessDeniedException("Only people with a place, and the organisers, answer the exercises");
		}
		model.addAttribute("event", event);
		model.addAttribute("questions", events.questions(id));
		model.addAttribute("canManage", permissions.canManage(me, event));
		return "events/exercises";
	}

	@PostMapping("/events/{id}/questions/{questionId}/answers")
	String processAnswer(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long questionId, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Event event = events.find(id);
		SignedInAccount person = signedIn(me);
		if (!permissions.canAnswer(person, event)) {
			throw new AccessDeniedException("Only people with a place, and the organisers, answer the exercises");
		}
		if (FormErrors.refused(result, response)) {
			model.addAttribute("answerQuestion", questionId);
			return showExercises(person, id, model);
		}
		boolean behalf = form.isOnBehalf() && permissions.canManage(person, event);
		events.answer(id, questionId, form.getText().strip(), form.language(), person.account(), behalf);
		redirect.addFlashAttribute("notice", "events.answer.recorded");
		return "redirect:/events/" + id + "/exercises#question-" + questionId;
	}

	@GetMapping("/events/{id}/summary")
	String showSummary(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = visibleSummary(me, id);
		model.addAttribute("event", event);
		model.addAttribute("summary", events.summary(id));
		model.addAttribute("canManage", permissions.canManage(me, event));
		return "events/summary";
	}

	@GetMapping("/events/{id}/report")
	String showReport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = visibleSummary(me, id);
		List<EventSession> sessions = events.sessions(id);
		Map<Long, Integer> attended = new LinkedHashMap<>();
		sessions.forEach(session -> attended.put(session.id(), events.attendance(session.id()).size()));
		List<Feedback> feedback = events.feedback(id);
		model.addAttribute("event", event);
		model.addAttribute("sessions", sessions);
		model.addAttribute("attended", attended);
		model.addAttribute("registered", events.confirmedCount(id));
		model.addAttribute("summary", events.summary(id));
		model.addAttribute("feedbackCount", feedback.size());
		model.addAttribute("averageRating", feedback.isEmpty() ? null
				: String.format(Locale.ROOT, "%.1f", feedback.stream().mapToInt(Feedback::rating).average().orElse(0)));
		return "events/report";
	}

	@GetMapping("/events/{id}/report.csv")
	ResponseEntity<byte[]> downloadReport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Locale locale) {
		visibleSummary(me, id);
		byte[] csv = EventReportCsv.of(events.summary(id), locale).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + "-report.csv").build().toString())
			.body(csv);
	}

	private Event visibleSummary(@Nullable SignedInAccount me, long id) {
		Event event = events.find(id);
		if (!permissions.canSeeSummary(me, event)) {
			// Not published yet: as if there were no such page.
			throw new EventNotFoundException(id);
		}
		return event;
	}

	// After the event

	@GetMapping("/events/{id}/contacts")
	String showContacts(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		SignedInAccount person = signedIn(me);
		Event event = attended(person, id);
		Map<Long, String> sharedBy = new LinkedHashMap<>();
		events.sharedBy(id, person.account()).forEach(s -> sharedBy.put(s.toAccount(), s.contact()));
		model.addAttribute("event", event);
		model.addAttribute("others",
				events.attendees(id).stream().filter(r -> r.accountId() != person.account().value()).toList());
		model.addAttribute("sharedBy", sharedBy);
		model.addAttribute("sharedWith", events.sharedWith(id, person.account()));
		model.addAttribute("names", events.names(id));
		model.addAttribute("defaultContact", person.getUsername());
		model.addAttribute("inFollowUp", events.inFollowUp(id, person.account()));
		model.addAttribute("followUp", events.followUpNames(id));
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new ContactForm());
		}
		return "events/contacts";
	}

	@PostMapping("/events/{id}/contacts/{other}/share")
	String processShare(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long other, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		attended(person, id);
		if (FormErrors.refused(result, response)) {
			model.addAttribute("contactOther", other);
			return showContacts(person, id, model);
		}
		if (events.shareContact(id, person.account(), other, form.getContact().strip())) {
			redirect.addFlashAttribute("notice", "events.contacts.shared");
		}
		else {
			redirect.addFlashAttribute("problem", "events.contacts.not-attendee");
		}
		return "redirect:/events/" + id + "/contacts";
	}

	@PostMapping("/events/{id}/contacts/{other}/withdraw")
	String processWithdraw(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long other, RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		attended(person, id);
		events.withdrawContact(id, person.account(), other);
		redirect.addFlashAttribute("notice", "events.contacts.withdrawn");
		return "redirect:/events/" + id + "/contacts";
	}

	@PostMapping("/events/{id}/follow-up")
	String processFollowUp(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "join") String action, RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		attended(person, id);
		if ("leave".equals(action)) {
			events.leaveFollowUp(id, person.account());
			redirect.addFlashAttribute("notice", "events.follow-up.left");
		}
		else {
			events.joinFollowUp(id, person.account(), person.displayName());
			redirect.addFlashAttribute("notice", "events.follow-up.joined");
		}
		return "redirect:/events/" + id + "/contacts";
	}

	@GetMapping("/events/{id}/feedback")
	String initFeedbackForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		SignedInAccount person = signedIn(me);
		model.addAttribute("event", attended(person, id));
		model.addAttribute("given", events.gaveFeedback(id, person.account()));
		model.addAttribute("feedbackForm", new FeedbackForm());
		return "events/feedback";
	}

	@PostMapping("/events/{id}/feedback")
	String processFeedbackForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SignedInAccount person = signedIn(me);
		Event event = attended(person, id);
		if (FormErrors.refused(result, response)) {
			model.addAttribute("event", event);
			model.addAttribute("given", false);
			return "events/feedback";
		}
		boolean taken = events.giveFeedback(id, person.account(),
				Integer.parseInt(Objects.requireNonNull(form.getRating())), form.getComments(), form.language(),
				form.isAnonymous());
		redirect.addFlashAttribute(taken ? "notice" : "problem",
				taken ? "events.feedback.thanks" : "events.feedback.already");
		return "redirect:/events/" + id;
	}

	private Event attended(SignedInAccount person, long id) {
		Event event = events.find(id);
		if (!permissions.isAttendee(person, event)) {
			throw new AccessDeniedException("Only the people who came to event " + id + " may do this");
		}
		return event;
	}

	static SignedInAccount signedIn(@Nullable SignedInAccount me) {
		if (me == null) {
			throw new AccessDeniedException("Sign in first");
		}
		return me;
	}

}
