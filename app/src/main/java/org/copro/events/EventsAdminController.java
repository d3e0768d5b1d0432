package org.copro.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side: setting up an event and its sessions and questions, the
 * registrations with people's needs, the register at the door, themes for the summary and
 * publishing it, and the feedback.
 */
@Controller
class EventsAdminController {

	static final int MAX_CAPACITY = 100_000;

	static final Locale WELSH = Locale.forLanguageTag("cy");

	private final Events events;

	private final EventsPermissions permissions;

	private final MessageSource messages;

	EventsAdminController(Events events, EventsPermissions permissions, MessageSource messages) {
		this.events = events;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/events/new")
	String initEventForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators set up events");
		}
		model.addAttribute("form", new EventForm());
		model.addAttribute("editing", false);
		return "events/admin/form";
	}

	@PostMapping("/events")
	String processEventForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators set up events");
		}
		EventDetails details = check(form, result);
		if (details == null) {
			FormErrors.refuse(response);
			model.addAttribute("editing", false);
			return "events/admin/form";
		}
		long id = events.create(details, me.account());
		return "redirect:/events/" + id + "/manage?created";
	}

	@GetMapping("/events/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = managed(me, id);
		model.addAttribute("form", EventForm.of(event.details()));
		model.addAttribute("event", event);
		model.addAttribute("editing", true);
		return "events/admin/form";
	}

	@PostMapping("/events/{id}/edit")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(me, id);
		EventDetails details = check(form, result);
		if (details == null) {
			FormErrors.refuse(response);
			model.addAttribute("event", event);
			model.addAttribute("editing", true);
			return "events/admin/form";
		}
		events.change(id, details);
		redirect.addFlashAttribute("notice", "events.manage.changed");
		return "redirect:/events/" + id + "/manage";
	}

	private @Nullable EventDetails check(EventForm form, BindingResult result) {
		if (form.getTitleEn().isBlank() && form.getTitleCy().isBlank()) {
			result.rejectValue("titleEn", "events.title.required");
		}
		if (form.getDescriptionEn().isBlank() && form.getDescriptionCy().isBlank()) {
			result.rejectValue("descriptionEn", "events.description.required");
		}
		String capacity = form.getCapacity().strip();
		Integer places = capacity.matches("[0-9]{1,6}") ? Integer.valueOf(capacity) : null;
		if (places == null || places < 1 || places > MAX_CAPACITY) {
			result.rejectValue("capacity", "events.capacity.invalid");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new EventDetails(form.getTitleEn(), form.getTitleCy(), form.getDescriptionEn(), form.getDescriptionCy(),
				places, form.getFacilitators());
	}

	@GetMapping("/events/{id}/manage")
	String showManagement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = managed(me, id);
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm());
		}
		return populateManagement(event, model);
	}

	private String populateManagement(Event event, Model model) {
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionForm());
		}
		model.addAttribute("event", event);
		model.addAttribute("sessions", events.sessions(event.id()));
		model.addAttribute("questions", events.questions(event.id()));
		model.addAttribute("confirmed", events.confirmedCount(event.id()));
		model.addAttribute("waiting", events.registrations(event.id()).stream().filter(Registration::waiting).count());
		return "events/admin/manage";
	}

	@PostMapping("/events/{id}/sessions")
	String processSessionForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(me, id);
		LocalDate date = date(form.getDate());
		if (date == null) {
			result.rejectValue("date", "events.session.date.invalid");
		}
		LocalTime start = time(form.getStartTime());
		if (start == null) {
			result.rejectValue("startTime", "events.session.time.invalid");
		}
		LocalTime end = time(form.getEndTime());
		if (end == null) {
			result.rejectValue("endTime", "events.session.time.invalid");
		}
		else if (start != null && !end.isAfter(start)) {
			result.rejectValue("endTime", "events.session.end.before-start");
		}
		String place = form.getPlace().strip();
		String link = form.getOnlineLink().strip();
		if (place.isEmpty() && link.isEmpty()) {
			result.rejectValue("place", "events.session.place.required");
		}
		if (!link.isEmpty() && !webAddress(link)) {
			result.rejectValue("onlineLink", "events.session.link.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateManagement(event, model);
		}
		Instant startsAt = date.atTime(start).atZone(EventSession.ZONE).toInstant();
		Instant endsAt = date.atTime(end).atZone(EventSession.ZONE).toInstant();
		events.addSession(id, form.getTitle(), form.language(), startsAt, endsAt, place.isEmpty() ? null : place,
				link.isEmpty() ? null : link);
		redirect.addFlashAttribute("notice", "events.manage.session-added");
		return "redirect:/events/" + id + "/manage";
	}

	@PostMapping("/events/{id}/questions")
	String processQuestion(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(me, id);
		if (form.getTextEn().isBlank() && form.getTextCy().isBlank()) {
			result.rejectValue("textEn", "events.question.required");
		}
		if (FormErrors.refused(result, response)) {
			model.addAttribute("sessionForm", new SessionForm());
			return populateManagement(event, model);
		}
		events.addQuestion(id, form.getTextEn(), form.getTextCy());
		redirect.addFlashAttribute("notice", "events.manage.question-added");
		return "redirect:/events/" + id + "/manage#questions";
	}

	@PostMapping("/events/{id}/questions/defaults")
	String processDefaultQuestions(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		for (int i = 1; i <= 3; i++) {
			String key = "events.question.default." + i;
			events.addQuestion(id, messages.getMessage(key, null, Locale.ENGLISH),
					messages.getMessage(key, null, WELSH));
		}
		redirect.addFlashAttribute("notice", "events.manage.questions-added");
		return "redirect:/events/" + id + "/manage#questions";
	}

	@PostMapping("/events/{id}/questions/{questionId}/remove")
	String processRemoveQuestion(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long questionId, RedirectAttributes redirect) {
		managed(me, id);
		boolean removed = events.removeQuestion(id, questionId);
		redirect.addFlashAttribute(removed ? "notice" : "problem",
				removed ? "events.manage.question-removed" : "events.manage.question-answered");
		return "redirect:/events/" + id + "/manage#questions";
	}

	@GetMapping("/events/{id}/registrations")
	String showRegistrations(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Model model) {
		Event event = managed(me, id);
		model.addAttribute("event", event);
		model.addAttribute("registrations", events.registrations(id));
		model.addAttribute("sessions", events.sessions(id));
		return "events/admin/registrations";
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/attendance")
	String showAttendance(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long sessionId, Model model) {
		Event event = managed(me, id);
		EventSession session = events.session(id, sessionId);
		List<Registration> expected = events.confirmedIn(id, sessionId);
		Set<Long> present = events.attendance(sessionId);
		model.addAttribute("event", event);
		model.addAttribute("slot", session);
		model.addAttribute("expected", expected);
		model.addAttribute("present", present);
		model.addAttribute("presentCount", expected.stream().filter(r -> present.contains(r.accountId())).count());
		return "events/admin/attendance";
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/attendance")
	String processAttendance(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long sessionId,
			@RequestParam(name = "present", required = false) @Nullable List<Long> present,
			RedirectAttributes redirect) {
		managed(me, id);
		events.recordAttendance(id, sessionId, present == null ? Set.of() : new LinkedHashSet<>(present));
		redirect.addFlashAttribute("notice", "events.attendance.saved");
		return "redirect:/events/" + id + "/sessions/" + sessionId + "/attendance";
	}

	@PostMapping("/events/{id}/summary/themes")
	String processTheme(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("themeForm") ThemeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(me, id);
		if (result.hasFieldErrors("question")) {
			// Not something the organiser typed: the page sends the question's id.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a question id");
		}
		if (FormErrors.refused(result, response)) {
			ExerciseSummary summary = events.summary(id);
			model.addAttribute("event", event);
			model.addAttribute("summary", summary);
			model.addAttribute("canManage", true);
			model.addAttribute("themeField", themeField(summary, form));
			return "events/summary";
		}
		events.assignTheme(id, form.getQuestion(), form.getKey(), form.getTheme());
		redirect.addFlashAttribute("notice", "events.summary.theme.saved");
		return "redirect:/events/" + id + "/summary#question-" + form.getQuestion();
	}

	/**
	 * The id of the theme field the form came from, as the summary page numbers them: by
	 * question, then by the group's place among the question's answers.
	 */
	static String themeField(ExerciseSummary summary, ThemeForm form) {
		for (ExerciseSummary.QuestionSummary question : summary.questions()) {
			if (question.question().id() == form.getQuestion()) {
				for (int i = 0; i < question.groups().size(); i++) {
					if (question.groups().get(i).key().equals(form.getKey())) {
						return "theme-" + form.getQuestion() + "-" + (i + 1);
					}
				}
			}
		}
		return "question-" + form.getQuestion();
	}

	@PostMapping("/events/{id}/summary/publish")
	String processPublish(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "publish") String action, RedirectAttributes redirect) {
		managed(me, id);
		if ("withdraw".equals(action)) {
			events.withdrawSummary(id);
			redirect.addFlashAttribute("notice", "events.summary.withdrawn");
		}
		else {
			events.publishSummary(id);
			redirect.addFlashAttribute("notice", "events.summary.published");
		}
		return "redirect:/events/" + id + "/summary";
	}

	@GetMapping("/events/{id}/feedback/results")
	String showFeedback(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Event event = managed(me, id);
		model.addAttribute("event", event);
		model.addAttribute("feedback", events.feedback(id));
		model.addAttribute("names", events.names(id));
		model.addAttribute("followUp", events.followUpNames(id));
		return "events/admin/feedback";
	}

	private Event managed(@Nullable SignedInAccount me, long id) {
		Event event = events.find(id);
		if (!permissions.canManage(me, event)) {
			throw new AccessDeniedException("Only the organisers of event " + id + " may do this");
		}
		return event;
	}

	/**
	 * A date as 2027-03-14 (what a date picker sends) or 14/03/2027 (how people in the UK
	 * write it).
	 */
	static @Nullable LocalDate date(String text) {
		String value = text.strip();
		try {
			return value.contains("/")
					? LocalDate.parse(value,
							DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))
					: LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A time on the 24-hour clock: 14:30, 9:30 or 14.30. */
	static @Nullable LocalTime time(String text) {
		try {
			return LocalTime.parse(text.strip().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean webAddress(String link) {
		try {
			URI uri = new URI(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
