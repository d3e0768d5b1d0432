package org.copro.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.identity.TestMailbox;
import org.copro.web.InputReceived;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Events events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EventsPersonalData personalData;

	@Autowired
	EventReminders reminders;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	ApplicationEvents published;

	/**
	 * An event set up through the pages, with two sessions on the given days from now and
	 * the given places.
	 */
	static long setUp(MockMvc mvc, SignedInAccount facilitator, int capacity, int firstDay, int secondDay)
			throws Exception {
		MvcResult created = mvc.perform(post("/events").with(user(facilitator))
			.with(csrf())
			.param("titleEn", "Introduction to co-production " + UUID.randomUUID())
			.param("titleCy", "Cyflwyniad i gydgynhyrchu")
			.param("descriptionEn", "What co-production is.\n\nThen case studies.")
			.param("descriptionCy", "")
			.param("capacity", Integer.toString(capacity))
			.param("facilitators", "Dr Ann Academic, Cardiff University\nBob Practitioner, Valleys Community Trust"))
			.andExpect(redirectedUrlPattern("/events/*/manage?created"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/events/(\\d+)/.*$", "$1"));
		addSession(mvc, facilitator, id, "Introduction", firstDay, "Community Hall, 1 High Street", "");
		addSession(mvc, facilitator, id, "Case studies", secondDay, "", "https://meet.example.org/co-pro");
		return id;
	}

	static void addSession(MockMvc mvc, SignedInAccount facilitator, long id, String title, int day, String place,
			String link) throws Exception {
		String date = Instant.now().plus(day, ChronoUnit.DAYS).atZone(EventSession.ZONE).toLocalDate().toString();
		mvc.perform(post("/events/{id}/sessions", id).with(user(facilitator))
			.with(csrf())
			.param("title", title)
			.param("date", date)
			.param("startTime", "10:00")
			.param("endTime", "12:30")
			.param("place", place)
			.param("onlineLink", link)).andExpect(redirectedUrl("/events/" + id + "/manage"));
	}

	@Test
	void theEventTextIsMarkedWithTheLanguageActuallyShown() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		long id = setUp(mvc, facilitator, 10, 3, 4);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		String onWelshPage = mvc.perform(get("/events/{id}", id).locale(welsh))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(onWelshPage).contains("<html lang=\"cy\"")
			.contains("lang=\"cy\">Cyflwyniad i gydgynhyrchu</h1>")
			.as("no Welsh description, so the English one, marked as English")
			.contains("<p class=\"govuk-body\" lang=\"en\">What co-production is.</p>");
		String onEnglishPage = mvc.perform(get("/events/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(onEnglishPage).containsPattern("lang=\"en\">Introduction to co-production [^<]+</h1>")
			.contains("<p class=\"govuk-body\" lang=\"en\">What co-production is.</p>");

		java.util.Locale english = java.util.Locale.ENGLISH;
		assertThat(Event.languageOf(english, "", "Dim ond Cymraeg")).isEqualTo("cy");
		assertThat(Event.languageOf(english, "English", "Cymraeg")).isEqualTo("en");
		assertThat(Event.languageOf(welsh, "English", "Cymraeg")).isEqualTo("cy");
		assertThat(Event.languageOf(welsh, "Only English", " ")).isEqualTo("en");
	}

	@Test
	void sessionTitlesAnswersAndFeedbackAreMarkedWithTheirLanguage() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		long id = setUp(mvc, facilitator, 10, 3, 4);
		String date = Instant.now().plus(5, ChronoUnit.DAYS).atZone(EventSession.ZONE).toLocalDate().toString();
		assertThat(page(get("/events/{id}/manage", id).with(user(facilitator)).locale(welsh)))
			.as("the session form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(post("/events/{id}/sessions", id).with(user(facilitator))
			.with(csrf())
			.param("title", "Sesiwn holi")
			.param("language", "xx")
			.param("date", date)
			.param("startTime", "10:00")
			.param("endTime", "11:00")
			.param("place", "Neuadd"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(events.sessions(id)).hasSize(2);
		mvc.perform(post("/events/{id}/sessions", id).with(user(facilitator))
			.with(csrf())
			.param("title", "Sesiwn holi")
			.param("language", "cy")
			.param("date", date)
			.param("startTime", "10:00")
			.param("endTime", "11:00")
			.param("place", "Neuadd")).andExpect(redirectedUrl("/events/" + id + "/manage"));
		assertThat(page(get("/events/{id}", id))).contains("<span lang=\"cy\">Sesiwn holi</span>")
			.contains("<span lang=\"en\">Introduction</span>");
		assertThat(page(get("/events/{id}/registration", id).with(user(ann))))
			.contains("Session 3: <span lang=\"cy\">Sesiwn holi</span>, ");

		register(id, ann, "");
		long first = events.sessions(id).getFirst().id();
		mvc.perform(post("/events/{id}/sessions/{s}/attendance", id, first).with(user(facilitator))
			.with(csrf())
			.param("present", Long.toString(ann.account().value())));
		mvc.perform(post("/events/{id}/questions/defaults", id).with(user(facilitator)).with(csrf()));
		long q = events.questions(id).getFirst().id();
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, q).with(user(ann))
			.with(csrf())
			.param("text", "Bonjour")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language-" + q + "\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(events.answers(id)).isEmpty();
		// English written on a Welsh page, and Welsh on an English one.
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, q).with(user(ann))
			.with(csrf())
			.locale(welsh)
			.param("text", "Sharing power")
			.param("language", "en")).andExpect(redirectedUrl("/events/" + id + "/exercises#question-" + q));
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, q).with(user(ann))
			.with(csrf())
			.param("text", "Rhannu grym")
			.param("language", "cy")).andExpect(redirectedUrl("/events/" + id + "/exercises#question-" + q));
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, q).with(user(ann))
			.with(csrf())
			.param("text", "sharing POWER")).andExpect(redirectedUrl("/events/" + id + "/exercises#question-" + q));
		mvc.perform(post("/events/{id}/summary/publish", id).with(user(facilitator)).with(csrf()));
		assertThat(page(get("/events/{id}/summary", id))).contains("<span lang=\"en\">Sharing power</span>")
			.contains("<span lang=\"cy\">Rhannu grym</span>")
			.as("another wording in the page's language is not marked apart")
			.contains("Also said as: sharing POWER");
		assertThat(page(get("/events/{id}/summary", id).locale(welsh)))
			.contains("Wedi'i ddweud hefyd fel: <span lang=\"en\">sharing POWER</span>");

		mvc.perform(post("/events/{id}/feedback", id).with(user(ann))
			.with(csrf())
			.param("rating", "4")
			.param("comments", "Gut")
			.param("language", "de"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(events.feedback(id)).isEmpty();
		mvc.perform(post("/events/{id}/feedback", id).with(user(ann))
			.with(csrf())
			.param("rating", "4")
			.param("comments", "Da iawn")
			.param("language", "cy")).andExpect(redirectedUrl("/events/" + id));
		assertThat(page(get("/events/{id}/feedback/results", id).with(user(facilitator))))
			.contains("lang=\"cy\">Da iawn</dd>");
		Map<String, Object> data = personalData.personalData(ann.account());
		assertThat(data.get("answers").toString()).contains("text=Sharing power, language=en")
			.contains("text=Rhannu grym, language=cy");
		assertThat(data.get("feedback").toString()).contains("comments=Da iawn, language=cy");
	}

	@Test
	void needsAreMarkedWithTheirLanguageForTheOrganisers() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann", Role.PARTICIPANT);
		long id = setUp(mvc, facilitator, 10, 3, 4);
		var bad = post("/events/{id}/registration", id).with(user(ann))
			.with(csrf())
			.param("accessNeeds", "Accès sans marches")
			.param("language", "fr");
		events.sessions(id).forEach(s -> bad.param("sessions", Long.toString(s.id())));
		mvc.perform(bad)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(events.registration(id, ann.account())).isEmpty();
		// Welsh written on an English page.
		var request = post("/events/{id}/registration", id).with(user(ann))
			.with(csrf())
			.param("accessNeeds", "Mynediad heb risiau")
			.param("dietaryNeeds", "Llysieuol")
			.param("language", "cy");
		events.sessions(id).forEach(s -> request.param("sessions", Long.toString(s.id())));
		mvc.perform(request).andExpect(redirectedUrl("/events/" + id));
		assertThat(page(get("/events/{id}/registrations", id).with(user(facilitator))))
			.contains("lang=\"cy\">Mynediad heb risiau</td>")
			.contains("lang=\"cy\">Llysieuol</td>");
		assertThat(page(get("/events/{id}/registration", id).with(user(ann))))
			.as("changing the registration keeps the language of the needs")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		assertThat(personalData.personalData(ann.account()).get("registrations").toString())
			.contains("dietaryNeeds=Llysieuol, needsLanguage=cy");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	void register(long id, SignedInAccount person, String accessNeeds) throws Exception {
		var request = post("/events/{id}/registration", id).with(user(person))
			.with(csrf())
			.param("accessNeeds", accessNeeds)
			.param("childcareSupport", "true")
			.param("dietaryNeeds", "Vegan");
		events.sessions(id).forEach(s -> request.param("sessions", Long.toString(s.id())));
		mvc.perform(request).andExpect(redirectedUrl("/events/" + id));
	}

	@Test
	void anEventTakesRegistrationsWithAWaitingListAttendanceAnswersAndPublishesItsSummary() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann Attendee", Role.PARTICIPANT);
		SignedInAccount ben = accounts.person("Ben Attendee", Role.PARTICIPANT);
		long id = setUp(mvc, facilitator, 1, 3, 10);

		mvc.perform(get("/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Introduction to co-production")));
		mvc.perform(get("/events/{id}", id).param("lang", "cy"))
			.andExpect(content().string(containsString("Cyflwyniad i gydgynhyrchu")))
			// No Welsh description: the English one is shown instead.
			.andExpect(content().string(containsString("Then case studies.")));
		mvc.perform(get("/events/{id}", id))
			.andExpect(content().string(containsString("Bob Practitioner, Valleys Community Trust")))
			.andExpect(content().string(containsString("Join online")));

		register(id, ann, "Step-free access");
		register(id, ben, "Hearing loop");
		assertThat(events.registration(id, ann.account()).orElseThrow().confirmed()).isTrue();
		assertThat(events.registration(id, ben.account()).orElseThrow().waiting()).isTrue();
		mvc.perform(get("/events/{id}", id).with(user(ben)))
			.andExpect(content().string(containsString("You are number 1 on the waiting list")));
		assertThat(mailbox.to(ann.getUsername())).anyMatch(mail -> mail.subject().startsWith("Your place"));

		mvc.perform(post("/events/{id}/registration/cancel", id).with(user(ann)).with(csrf()))
			.andExpect(flash().attribute("notice", "events.register.cancelled"));
		assertThat(events.registration(id, ben.account()).orElseThrow().confirmed()).isTrue();
		assertThat(mailbox.to(ben.getUsername())).anyMatch(mail -> mail.subject().startsWith("A place is free"));
		register(id, ann, "");
		assertThat(events.registration(id, ann.account()).orElseThrow().waiting()).isTrue();

		long first = events.sessions(id).getFirst().id();
		mvc.perform(get("/events/{id}/sessions/{s}/attendance", id, first).with(user(facilitator)))
			.andExpect(content().string(containsString("Ben Attendee")))
			.andExpect(content().string(containsString("0 of 1 present")));
		mvc.perform(post("/events/{id}/sessions/{s}/attendance", id, first).with(user(facilitator))
			.with(csrf())
			.param("present", Long.toString(ben.account().value())))
			.andExpect(redirectedUrl("/events/" + id + "/sessions/" + first + "/attendance"));
		assertThat(events.attendance(first)).containsExactly(ben.account().value());

		mvc.perform(post("/events/{id}/questions/defaults", id).with(user(facilitator)).with(csrf()));
		List<Question> questions = events.questions(id);
		assertThat(questions).hasSize(3);
		mvc.perform(get("/events/{id}/exercises", id).with(user(ben)).param("lang", "cy"))
			.andExpect(content().string(containsString("Beth mae cydgynhyrchu yn ei olygu i chi?")));
		long q = questions.getFirst().id();
		answer(id, q, ben, "Sharing power.");
		answer(id, q, ben, "sharing POWER");
		answer(id, q, facilitator, "Equal partners");
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, q).with(user(ben)).with(csrf()).param("text", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your answer")));
		assertThat(published.stream(InputReceived.class).filter(e -> e.tool().equals("events"))).hasSize(3)
			.allSatisfy(e -> assertThat(e.path()).isEqualTo("/events/" + id + "/summary"));
		assertThat(events.answers(id)).filteredOn(a -> a.text().equals("Equal partners"))
			.singleElement()
			.satisfies(a -> assertThat(a.authorId()).isNull());

		// Not published yet: only the organisers see the summary and report.
		mvc.perform(get("/events/{id}/summary", id).with(user(ben))).andExpect(status().isNotFound());
		mvc.perform(get("/events/{id}/report", id)).andExpect(status().isNotFound());
		mvc.perform(post("/events/{id}/summary/themes", id).with(user(facilitator))
			.with(csrf())
			.param("question", Long.toString(q))
			.param("key", ExerciseSummary.normalise("Sharing power"))
			.param("theme", "Power"));
		mvc.perform(post("/events/{id}/summary/publish", id).with(user(facilitator)).with(csrf()));
		mvc.perform(get("/events/{id}/summary", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sharing power.")))
			.andExpect(content().string(containsString("Also said as: sharing POWER")))
			.andExpect(content().string(not(containsString("Ben Attendee"))));
		mvc.perform(get("/events/{id}/report", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Power: 2")));
		mvc.perform(get("/events/{id}/report.csv", id))
			.andExpect(content().string(containsString("What does co-production mean to you?,Power,Sharing power.,2")));
		mvc.perform(get("/events/{id}/calendar.ics", id))
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("BEGIN:VEVENT")));
	}

	void answer(long id, long question, SignedInAccount person, String text) throws Exception {
		mvc.perform(post("/events/{id}/questions/{q}/answers", id, question).with(user(person))
			.with(csrf())
			.param("text", text)
			.param("onBehalf", "true")).andExpect(redirectedUrl("/events/" + id + "/exercises#question-" + question));
	}

	@Test
	void badInputIsAFormErrorNotHalfSavedData() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		mvc.perform(post("/events").with(user(facilitator)).with(csrf()).param("capacity", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a title in English or Welsh")))
			.andExpect(content().string(containsString("Enter the number of places as a whole number")));
		long id = setUp(mvc, facilitator, 5, 2, 3);
		mvc.perform(post("/events/{id}/sessions", id).with(user(facilitator))
			.with(csrf())
			.param("date", "30/02/2027")
			.param("startTime", "14.00")
			.param("endTime", "13:00")
			.param("onlineLink", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#date\"")))
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("value=\"30/02/2027\"")))
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("The end time must be after the start time")))
			.andExpect(content().string(containsString("Enter the online link as a web address")));
		assertThat(events.sessions(id)).hasSize(2);
		SignedInAccount ann = accounts.person("Ann Attendee", Role.PARTICIPANT);
		mvc.perform(post("/events/{id}/registration", id).with(user(ann)).with(csrf()).param("sessions", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least one session")));
		assertThat(events.registration(id, ann.account())).isEmpty();
	}

	@Test
	void remindersGoOnceADayBeforeEachSession() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann Attendee", Role.PARTICIPANT);
		long id = setUp(mvc, facilitator, 5, 1, 5);
		register(id, ann, "");
		EventSession first = events.sessions(id).getFirst();
		Instant dayBefore = first.startsAt().minus(23, ChronoUnit.HOURS);
		long before = mailbox.to(ann.getUsername()).size();
		reminders.sendDue(dayBefore);
		reminders.sendDue(dayBefore);
		List<TestMailbox.Mail> mine = mailbox.to(ann.getUsername());
		assertThat(mine).hasSize((int) before + 1);
		assertThat(mine.getFirst().subject()).startsWith("Tomorrow:");
		assertThat(mine.getFirst().body()).contains("Community Hall");
	}

	@Test
	void aPlaceGivenJustAsItsHolderLeavesGoesToTheNextInLine() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann Attendee", Role.PARTICIPANT);
		SignedInAccount ben = accounts.person("Ben Leaving", Role.PARTICIPANT);
		SignedInAccount cat = accounts.person("Cat Waiting", Role.PARTICIPANT);
		long id = setUp(mvc, facilitator, 1, 4, 5);
		register(id, ann, "");
		register(id, ben, "Step-free access");
		register(id, cat, "");

		// Ben's account is being deleted, and his waiting place has been read, when Ann
		// cancels and the place passes to Ben first.
		TransactionTemplate deleting = new TransactionTemplate(transactionManager);
		TransactionTemplate cancelling = new TransactionTemplate(transactionManager);
		cancelling.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		deleting.executeWithoutResult(status -> {
			assertThat(registrations.findByAccountId(ben.account().value())).hasSize(1);
			cancelling.executeWithoutResult(inner -> assertThat(events.cancel(id, ann.account())).isTrue());
			events.forget(ben.account());
		});

		Registration forgotten = events.registration(id, ben.account()).orElseThrow();
		assertThat(forgotten.cancelled()).isTrue();
		assertThat(forgotten.accessNeeds()).isNull();
		assertThat(events.registration(id, cat.account()).orElseThrow().confirmed()).isTrue();
	}

	@Test
	void personalDataHoldsNeedsAndDeletionForgetsThemAndFreesThePlace() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount ann = accounts.person("Ann Attendee", Role.PARTICIPANT);
		SignedInAccount ben = accounts.person("Ben Attendee", Role.PARTICIPANT);
		long id = setUp(mvc, facilitator, 1, 4, 5);
		register(id, ann, "Step-free access");
		register(id, ben, "");
		Map<String, Object> data = personalData.personalData(ann.account());
		assertThat(data.toString()).contains("Step-free access").contains("Vegan");
		events.forget(ann.account());
		Registration forgotten = events.registration(id, ann.account()).orElseThrow();
		assertThat(forgotten.cancelled()).isTrue();
		assertThat(forgotten.accessNeeds()).isNull();
		assertThat(forgotten.dietaryNeeds()).isNull();
		assertThat(events.registration(id, ben.account()).orElseThrow().confirmed()).isTrue();
		assertThat(AccountDeleted.class).isNotNull();
	}

}
