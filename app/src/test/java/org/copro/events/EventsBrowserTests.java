package org.copro.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of an event: a facilitator sets up two sessions, two people register (one
 * waits and is promoted when the other cancels), the register is taken at the door, the
 * group answers the exercise questions, and the summary is published; afterwards an
 * attendee shares their contact details with one other attendee, then withdraws.
 */
class EventsBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Events events;

	@Test
	void twoSessionsRegistrationsWaitingListAttendanceAnswersAndPublishedSummary() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String ann = accounts.create("Ann Attendee", Role.PARTICIPANT);
		String ben = accounts.create("Ben Attendee", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/events"));
		assertThat(page.locator("h1")).hasText("Events and workshops");
		check();
		click(AriaRole.BUTTON, "Set up an event");
		click(AriaRole.BUTTON, "Set up the event");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title in English or Welsh");
		check();
		page.getByLabel("Title in English").fill("Introduction to co-production");
		page.getByLabel("Title in Welsh").fill("Cyflwyniad i gydgynhyrchu");
		page.getByLabel("Description in English").fill("What co-production is, then case studies from Wales.");
		page.getByLabel("Description in Welsh").fill("Beth yw cydgynhyrchu, ac yna astudiaethau achos o Gymru.");
		page.getByLabel("Number of places").fill("1");
		page.getByLabel("Facilitators").fill("Dr Ann Academic, Cardiff University\nBob Practitioner, Valleys Trust");
		click(AriaRole.BUTTON, "Set up the event");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The event has been set up");
		long id = Long.parseLong(page.url().replaceAll("^.*/events/(\\d+)/manage.*$", "$1"));
		addSession("Introduction", 3, "Community Hall, 1 High Street, Pontypridd", "");
		addSession("Case studies", 10, "", "https://meet.example.org/co-production");
		click(AriaRole.BUTTON, "Add the three usual questions");
		assertThat(page.locator(".govuk-notification-banner"))
			.containsText("The three usual questions have been added");
		check();
		screenshot("events-manage-en");
		signOut();

		signIn(ann);
		page.navigate(url("/events/" + id));
		check();
		click(AriaRole.BUTTON, "Register");
		assertThat(page.locator("h1")).hasText("Register for the event");
		page.getByLabel("Access needs").fill("Step-free access");
		page.getByLabel("I would like help with childcare").check();
		page.getByLabel("Dietary needs").fill("Vegetarian");
		check();
		screenshot("events-register-en");
		click(AriaRole.BUTTON, "Register");
		assertThat(page.locator(".govuk-notification-banner")).containsText("You have a place");
		check();
		screenshot("events-show-en");
		signOut();

		signIn(ben);
		page.navigate(url("/events/" + id));
		click(AriaRole.BUTTON, "Register");
		assertThat(page.locator("main")).containsText("The event is full");
		click(AriaRole.BUTTON, "Register");
		assertThat(page.locator(".govuk-notification-banner")).containsText("you are on the waiting list");
		assertThat(page.locator("main")).containsText("You are number 1 on the waiting list");
		check();
		signOut();

		signIn(ann);
		page.navigate(url("/events/" + id));
		click(AriaRole.BUTTON, "Cancel my place");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your registration has been cancelled");
		signOut();

		signIn(ben);
		page.navigate(url("/events/" + id));
		assertThat(page.locator("main")).containsText("You have a place at this event");
		signOut();

		signIn(facilitator);
		page.navigate(url("/events/" + id + "/manage"));
		click(AriaRole.LINK, "Registrations and needs (1 with a place, 0 waiting)");
		assertThat(page.locator("main")).containsText("Step-free access");
		check();
		page.navigate(url("/events/" + id + "/manage"));
		click(AriaRole.LINK, "Register at the door for session 1");
		assertThat(page.locator("main")).containsText("0 of 1 present");
		page.getByLabel("Ben Attendee").check();
		click(AriaRole.BUTTON, "Save the register");
		assertThat(page.locator("main")).containsText("1 of 1 present");
		check();
		screenshot("events-attendance-en");
		signOut();

		signIn(ben);
		page.navigate(url("/events/" + id));
		click(AriaRole.LINK, "Group exercises: give your answers");
		check();
		page.getByLabel("What does co-production mean to you?").fill("Sharing power with the people who use services");
		page.locator("#question-" + events.questions(id).getFirst().id()).getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your answer has been added");
		page.getByLabel("What are the barriers?").fill("Time and money");
		page.locator("#question-" + events.questions(id).get(1).id()).getByRole(AriaRole.BUTTON).click();
		check();
		screenshot("events-exercises-en");
		signOut();

		signIn(facilitator);
		page.navigate(url("/events/" + id + "/exercises"));
		page.getByLabel("What does co-production mean to you?").fill("sharing POWER with people who use services!");
		page.locator("#question-" + events.questions(id).getFirst().id()).getByRole(AriaRole.BUTTON).click();
		page.navigate(url("/events/" + id + "/summary"));
		assertThat(page.locator("main")).containsText("The summary is not published yet");
		page.getByLabel("Theme for the answer: Sharing power with the people who use services").fill("Power");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the theme")).first().click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("The theme has been saved");
		click(AriaRole.BUTTON, "Publish the summary");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The summary has been published");
		check();
		signOut();

		page.navigate(url("/events/" + id + "/summary?lang=en"));
		assertThat(page.locator("h1")).hasText("What the group said");
		assertThat(page.locator("main")).containsText("2 answers");
		assertThat(page.locator("main")).not().containsText("Ben Attendee");
		check();
		screenshot("events-summary-en");
		page.navigate(url("/events/" + id + "/report"));
		assertThat(page.locator("main")).containsText("Power: 2");
		check();
		screenshot("events-report-en");
		page.navigate(url("/events/" + id + "/report?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Adroddiad: Cyflwyniad i gydgynhyrchu");
		check();
		screenshot("events-report-cy");
		page.navigate(url("/events/" + id + "/summary"));
		assertThat(page.locator("h1")).hasText("Beth ddywedodd y grŵp");
		check();
		page.navigate(url("/events/" + id));
		assertThat(page.locator("main")).containsText("Beth yw cydgynhyrchu");
		check();
		screenshot("events-show-cy");
		page.navigate(url("/events"));
		assertThat(page.locator("h1")).hasText("Digwyddiadau a gweithdai");
		check();
		page.navigate(url("/events?lang=en"));
	}

	@Test
	void anAttendeeSharesContactsWithOneAttendeeAndWithdraws() {
		SignedInAccount organiser = accounts.person("Olive Organiser", Role.FACILITATOR);
		String annEmail = accounts.create("Ann Attendee", Role.PARTICIPANT);
		String benEmail = accounts.create("Ben Attendee", Role.PARTICIPANT);
		String cadiEmail = accounts.create("Cadi Attendee", Role.PARTICIPANT);
		long id = events.create(new EventDetails("Case studies workshop", "Gweithdy astudiaethau achos",
				"Learning from each other.", "Dysgu oddi wrth ein gilydd.", 10, ""), organiser.account());
		Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
		long session = events.addSession(id, "", start, start.plus(2, ChronoUnit.HOURS), "Hall", null);
		Set<Long> present = new java.util.HashSet<>();
		for (String email : new String[] { annEmail, benEmail, cadiEmail }) {
			SignedInAccount person = accounts.signedIn(email);
			events.register(id, person.account(), person.displayName(), "en", new Needs(null, false, false, null, "en"),
					Set.of(session));
			present.add(person.account().value());
		}
		events.recordAttendance(id, session, present);

		signIn(annEmail);
		page.navigate(url("/events/" + id));
		click(AriaRole.LINK, "Stay in touch with other attendees");
		assertThat(page.locator("h1")).hasText("Stay in touch");
		check();
		page.getByLabel("Contact details to share with Ben Attendee").fill("ann@example.org, 07700 900123");
		click(AriaRole.BUTTON, "Share my details with Ben Attendee");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your contact details have been shared");
		assertThat(page.locator("main")).containsText("You share: ann@example.org, 07700 900123");
		click(AriaRole.BUTTON, "Join the follow-up group");
		assertThat(page.locator("main")).containsText("Members of the follow-up group");
		check();
		screenshot("events-contacts-en");
		signOut();

		signIn(benEmail);
		page.navigate(url("/events/" + id + "/contacts"));
		assertThat(page.locator("main")).containsText("ann@example.org, 07700 900123");
		check();
		page.navigate(url("/events/" + id + "/contacts?lang=cy"));
		assertThat(page.locator("h1")).hasText("Cadw mewn cysylltiad");
		assertThat(page.locator("main")).containsText("ann@example.org, 07700 900123");
		check();
		screenshot("events-contacts-cy");
		page.navigate(url("/events/" + id + "/contacts?lang=en"));
		signOut();

		signIn(cadiEmail);
		page.navigate(url("/events/" + id + "/contacts"));
		assertThat(page.locator("main")).not().containsText("07700 900123");
		signOut();

		signIn(annEmail);
		page.navigate(url("/events/" + id + "/contacts"));
		click(AriaRole.BUTTON, "Stop sharing with Ben Attendee");
		assertThat(page.locator(".govuk-notification-banner")).containsText("You no longer share your contact details");
		check();
		signOut();

		signIn(benEmail);
		page.navigate(url("/events/" + id + "/contacts"));
		assertThat(page.locator("main")).not().containsText("07700 900123");
		assertThat(page.locator("main")).containsText("Nobody has shared their contact details with you yet");
		page.navigate(url("/events/" + id + "/feedback"));
		page.getByLabel("What worked, and what should change?").fill("More time for the case studies.");
		click(AriaRole.BUTTON, "Send feedback");
		assertThat(page.locator(".govuk-error-summary a[href='#rating']")).hasText("Select how useful the event was");
		assertThat(page.getByLabel("What worked, and what should change?")).hasValue("More time for the case studies.");
		check();
		screenshot("events-feedback-errors-en");
		page.getByLabel("Very useful", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What worked, and what should change?").fill("More time for the case studies.");
		page.getByLabel("Give this feedback anonymously").check();
		check();
		screenshot("events-feedback-en");
		click(AriaRole.BUTTON, "Send feedback");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Thank you for your feedback");
		assertThat(events.feedback(id)).singleElement().satisfies(f -> assertThat(f.authorId()).isNull());
	}

	private void addSession(String title, int daysAhead, String place, String link) {
		String date = Instant.now().plus(daysAhead, ChronoUnit.DAYS).atZone(EventSession.ZONE).toLocalDate().toString();
		page.getByLabel("Session title (optional)").fill(title);
		page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(date);
		page.getByLabel("Start time").fill("10:00");
		page.getByLabel("End time").fill("12:30");
		page.getByLabel("Place", new Page.GetByLabelOptions().setExact(true)).fill(place);
		page.getByLabel("Online link").fill(link);
		click(AriaRole.BUTTON, "Add the session");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The session has been added");
		check();
	}

}
