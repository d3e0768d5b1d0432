package org.copro.events;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input the events pages cannot take answers 400 with the page again, an error summary
 * linking to the field, the message at the field and what was typed, and saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventsFormErrorsTests {

	static final Locale WELSH = Locale.forLanguageTag("cy");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Events events;

	SignedInAccount organiser;

	SignedInAccount attendee;

	SignedInAccount friend;

	long id;

	@BeforeEach
	void setUp() throws Exception {
		organiser = accounts.person("Olwen Organiser", Role.FACILITATOR);
		attendee = accounts.person("Aled Attendee", Role.PARTICIPANT);
		friend = accounts.person("Ffion Friend", Role.PARTICIPANT);
		id = EventsFlowTests.setUp(mvc, organiser, 10, -3, -2);
		long session = events.sessions(id).getFirst().id();
		for (SignedInAccount person : new SignedInAccount[] { attendee, friend }) {
			events.register(id, person.account(), person.displayName(), "en", new Needs(null, false, false, null, "en"),
					Set.of(session));
		}
		events.recordAttendance(id, session, Set.of(attendee.account().value(), friend.account().value()));
	}

	String refused(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = mvc.perform(request.with(csrf())).andExpect(status().isBadRequest());
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aQuestionWithoutTextOrTooLongIsRefusedAtItsField() throws Exception {
		assertThat(refused(post("/events/{id}/questions", id).with(user(organiser)).param("textEn", " ")))
			.contains("<title>Error: Organise the event")
			.contains("There is a problem")
			.contains("<a href=\"#textEn\">Enter the question in English or Welsh</a>")
			.contains("id=\"textEn-error\"")
			.contains("aria-describedby=\"textEn-error\"");
		String tooLong = "w".repeat(501);
		assertThat(refused(post("/events/{id}/questions", id).with(user(organiser))
			.param("textEn", "What works?")
			.param("textCy", tooLong))).contains("<a href=\"#textCy\">The question must be 500 characters or fewer</a>")
			.contains("value=\"What works?\"")
			.contains("value=\"" + tooLong + "\"");
		assertThat(refused(post("/events/{id}/questions", id).with(user(organiser)).locale(WELSH)))
			.contains("Mae problem wedi codi")
			.contains("<a href=\"#textEn\">Rhowch y cwestiwn yn Saesneg neu yn Gymraeg</a>");
		assertThat(events.questions(id)).isEmpty();
	}

	@Test
	void aThemeTooLongIsRefusedAtItsAnswerGroup() throws Exception {
		events.addQuestion(id, "What is needed?", "");
		long question = events.questions(id).getFirst().id();
		events.answer(id, question, "Time to listen", "en", attendee.account(), false);
		events.answer(id, question, "Money for childcare", "en", friend.account(), false);
		events.answer(id, question, "money for CHILDCARE", "en", organiser.account(), false);
		String key = ExerciseSummary.normalise("Time to listen");
		String theme = "t".repeat(201);
		// The most said answer comes first: this one is the second of its question.
		String field = "theme-" + question + "-2";
		assertThat(refused(post("/events/{id}/summary/themes", id).with(user(organiser))
			.param("question", Long.toString(question))
			.param("key", key)
			.param("theme", theme))).contains("<title>Error: What the group said")
			.contains("There is a problem")
			.contains("<a href=\"#" + field + "\">The theme must be 200 characters or fewer</a>")
			.contains("id=\"" + field + "-error\"")
			.contains("aria-describedby=\"" + field + "-error\"")
			.contains("value=\"" + theme + "\"");
		assertThat(refused(post("/events/{id}/summary/themes", id).with(user(organiser))
			.locale(WELSH)
			.param("question", Long.toString(question))
			.param("key", key)
			.param("theme", theme))).contains("Mae problem wedi codi")
			.contains("<a href=\"#" + field + "\">Rhaid i&#39;r thema fod yn 200 nod neu lai</a>");
		assertThat(events.answers(id)).allSatisfy(answer -> assertThat(answer.theme()).isNull());
	}

	@Test
	void contactDetailsEmptyOrTooLongAreRefusedAtTheirField() throws Exception {
		long other = friend.account().value();
		String field = "contact-" + other;
		assertThat(refused(
				post("/events/{id}/contacts/{other}/share", id, other).with(user(attendee)).param("contact", "  ")))
			.contains("<title>Error: Stay in touch")
			.contains("There is a problem")
			.contains("<a href=\"#" + field + "\">Enter the contact details to share, in 500 characters or fewer</a>")
			.contains("id=\"" + field + "-error\"")
			.contains("aria-describedby=\"" + field + "-hint " + field + "-error\"");
		String tooLong = "07700 900123 ".repeat(40);
		assertThat(refused(post("/events/{id}/contacts/{other}/share", id, other).with(user(attendee))
			.locale(WELSH)
			.param("contact", tooLong))).contains("Mae problem wedi codi")
			.contains("<a href=\"#" + field + "\">Rhowch y manylion cyswllt i&#39;w rhannu, mewn 500 nod neu lai</a>")
			.contains("value=\"" + tooLong + "\"");
		assertThat(events.sharedBy(id, attendee.account())).isEmpty();
	}

	@Test
	void anAnswerHasAnErrorSummaryLinkingToItsFields() throws Exception {
		events.addQuestion(id, "What are the barriers?", "");
		long question = events.questions(id).getFirst().id();
		assertThat(refused(post("/events/{id}/questions/{q}/answers", id, question).with(user(attendee))
			.param("text", " ")
			.param("language", "fr"))).contains("<title>Error: Group exercises")
			.contains("There is a problem")
			.contains("<a href=\"#text-" + question + "\">Enter your answer</a>")
			.contains(
					"<a href=\"#language-" + question + "\">Choose English or Cymraeg as the language of the text</a>")
			.contains("id=\"text-" + question + "-error\"")
			.contains("id=\"language-" + question + "-error\"");
		String tooLong = "Buses. ".repeat(300);
		assertThat(refused(post("/events/{id}/questions/{q}/answers", id, question).with(user(attendee))
			.locale(WELSH)
			.param("text", tooLong)
			.param("language", "cy"))).contains("Mae problem wedi codi")
			.contains("<a href=\"#text-" + question + "\">Rhaid i&#39;r ateb fod yn 2,000 nod neu lai</a>")
			.contains(tooLong.strip());
		assertThat(events.answers(id)).isEmpty();
	}

	@Test
	void feedbackHasAnErrorSummaryLinkingToEachField() throws Exception {
		String comments = "c".repeat(EventsController.MAX_COMMENTS + 1);
		assertThat(refused(post("/events/{id}/feedback", id).with(user(attendee))
			.param("comments", comments)
			.param("language", "fr"))).contains("<title>Error: Feedback")
			.contains("There is a problem")
			.contains("<a href=\"#rating\">Select how useful the event was</a>")
			.contains("<a href=\"#comments\">Comments must be 5,000 characters or fewer</a>")
			.contains("<a href=\"#language\">Choose English or Cymraeg as the language of the text</a>")
			.contains("id=\"rating-error\"")
			.contains("id=\"comments-error\"")
			.contains("id=\"language-error\"")
			.contains(">" + comments + "</textarea>");
		assertThat(refused(post("/events/{id}/feedback", id).with(user(attendee))
			.locale(WELSH)
			.param("rating", "9")
			.param("comments", "Da iawn")
			.param("language", "cy"))).contains("Mae problem wedi codi")
			.contains("<a href=\"#rating\">Dewiswch pa mor ddefnyddiol oedd y digwyddiad</a>")
			.contains(">Da iawn</textarea>");
		assertThat(events.feedback(id)).isEmpty();
	}

}
