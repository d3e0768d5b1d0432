package org.copro.events;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People's needs (access, childcare, travel, dietary) and contact details, route by route
 * and role by role: only the person and the event's organisers see needs; only a
 * consenting attendee's chosen person sees contacts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventsPrivacyTests {

	static final String NEEDS = "Needs a BSL interpreter";

	static final String DIET = "Coeliac diet";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Events events;

	SignedInAccount organiser;

	SignedInAccount otherFacilitator;

	SignedInAccount moderator;

	SignedInAccount administrator;

	SignedInAccount registrant;

	SignedInAccount stranger;

	long id;

	long sessionId;

	@BeforeEach
	void setUp() throws Exception {
		organiser = accounts.person("Olive Organiser", Role.FACILITATOR);
		otherFacilitator = accounts.person("Fred OtherFacilitator", Role.FACILITATOR);
		moderator = accounts.person("Mo Moderator", Role.MODERATOR);
		administrator = accounts.person("Ada Administrator", Role.ADMINISTRATOR);
		registrant = accounts.person("Rhys Registrant", Role.PARTICIPANT);
		stranger = accounts.person("Sam Stranger", Role.PARTICIPANT);
		id = EventsFlowTests.setUp(mvc, organiser, 10, -3, -2);
		sessionId = events.sessions(id).getFirst().id();
		events.register(id, registrant.account(), registrant.displayName(), "en",
				new Needs(NEEDS, true, true, DIET, "en"), Set.of(sessionId));
		events.recordAttendance(id, sessionId, Set.of(registrant.account().value()));
	}

	@Test
	void theRegistrationsListIsForTheOrganisersOnly() throws Exception {
		organisersOnly(get("/events/{id}/registrations", id), NEEDS);
		organisersOnly(get("/events/{id}/registrations", id), DIET);
	}

	@Test
	void theRegisterAtTheDoorIsForTheOrganisersOnly() throws Exception {
		organisersOnly(get("/events/{id}/sessions/{s}/attendance", id, sessionId), registrant.displayName());
		mvc.perform(post("/events/{id}/sessions/{s}/attendance", id, sessionId).with(user(registrant)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void feedbackResultsAreForTheOrganisersOnly() throws Exception {
		events.giveFeedback(id, registrant.account(), 4, "Loved the case studies", false);
		organisersOnly(get("/events/{id}/feedback/results", id), "Loved the case studies");
	}

	@Test
	void aPersonSeesTheirOwnNeedsAndNobodyElseDoesOnAnyPublicPage() throws Exception {
		mvc.perform(get("/events/{id}/registration", id).with(user(registrant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NEEDS)))
			.andExpect(content().string(containsString(DIET)));
		mvc.perform(get("/events/{id}/registration", id).with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(NEEDS))));
		events.publishSummary(id);
		for (String path : new String[] { "/events", "/events/" + id, "/events/" + id + "/summary",
				"/events/" + id + "/report", "/events/" + id + "/report.csv", "/events/" + id + "/calendar.ics" }) {
			for (SignedInAccount viewer : new SignedInAccount[] { stranger, otherFacilitator, moderator }) {
				mvc.perform(get(path).with(user(viewer)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString(NEEDS))))
					.andExpect(content().string(not(containsString(DIET))))
					.andExpect(content().string(not(containsString(registrant.getUsername()))));
			}
			mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(not(containsString(NEEDS))));
		}
	}

	@Test
	void organisingPagesAreClosedToEveryoneElse() throws Exception {
		for (String path : new String[] { "/events/" + id + "/manage", "/events/" + id + "/edit" }) {
			organisersOnly(get(path), "");
		}
		mvc.perform(post("/events/{id}/summary/publish", id).with(user(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/new").with(user(stranger))).andExpect(status().isForbidden());
	}

	@Test
	void contactDetailsAreSeenOnlyByTheChosenAttendeeWhileConsentHolds() throws Exception {
		SignedInAccount friend = accounts.person("Fiona Friend", Role.PARTICIPANT);
		events.register(id, friend.account(), friend.displayName(), "en", new Needs(null, false, false, null, "en"),
				Set.of(sessionId));
		events.recordAttendance(id, sessionId, Set.of(registrant.account().value(), friend.account().value()));
		String contact = "rhys-phone-07700900123";
		mvc.perform(post("/events/{id}/contacts/{other}/share", id, friend.account().value()).with(user(registrant))
			.with(csrf())
			.param("contact", contact));
		mvc.perform(get("/events/{id}/contacts", id).with(user(friend)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contact)));
		// Not an attendee: no page at all; the organiser sees the follow-up list, never
		// the contacts.
		mvc.perform(get("/events/{id}/contacts", id).with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/events/{id}/contacts", id)).andExpect(status().is3xxRedirection());
		for (SignedInAccount viewer : new SignedInAccount[] { organiser, administrator }) {
			mvc.perform(get("/events/{id}/feedback/results", id).with(user(viewer)))
				.andExpect(content().string(not(containsString(contact))));
		}
		// Sharing with someone who did not come is refused.
		mvc.perform(post("/events/{id}/contacts/{other}/share", id, stranger.account().value()).with(user(registrant))
			.with(csrf())
			.param("contact", "x"));
		mvc.perform(get("/events/{id}/contacts", id).with(user(registrant)))
			.andExpect(content().string(not(containsString(stranger.displayName()))));
		mvc.perform(post("/events/{id}/contacts/{other}/withdraw", id, friend.account().value()).with(user(registrant))
			.with(csrf()));
		mvc.perform(get("/events/{id}/contacts", id).with(user(friend)))
			.andExpect(content().string(not(containsString(contact))));
	}

	private void organisersOnly(MockHttpServletRequestBuilder request, String secret) throws Exception {
		for (SignedInAccount allowed : new SignedInAccount[] { organiser, administrator }) {
			mvc.perform(request.with(user(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(secret)));
		}
		for (SignedInAccount refused : new SignedInAccount[] { otherFacilitator, moderator, registrant, stranger }) {
			mvc.perform(request.with(user(refused))).andExpect(status().isForbidden());
		}
		mvc.perform(request.with(anonymous())).andExpect(redirectedUrl("/sign-in"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor anonymous() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();
	}

}
