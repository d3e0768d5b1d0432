package org.copro.directory;

import java.util.UUID;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DirectoryFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	People people;

	@Autowired
	Groups groups;

	@Autowired
	DirectoryMailer mailer;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryPersonalData personalData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEvents published;

	static MockHttpServletRequestBuilder registration(SignedInAccount me, String name, String sector, String area,
			String offer, String willingness, String email) {
		return post("/directory/organisations").with(user(me))
			.with(csrf())
			.param("name", name)
			.param("description", name + " works with the people who use its services.")
			.param("sector", sector)
			.param("size", "SMALL")
			.param("willingness", willingness)
			.param("willingOn", "Designing services together")
			.param("areas", area)
			.param("services", "HOUSING")
			.param("offers", offer)
			.param("contactEmail", email);
	}

	long register(SignedInAccount me, String name, String sector, String area, String offer, String willingness,
			String email) throws Exception {
		MvcResult result = mvc.perform(registration(me, name, sector, area, offer, willingness, email))
			.andExpect(redirectedUrlPattern("/directory/organisations/*?registered"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)\\?.*$", "$1"));
	}

	@Test
	void theDescriptionIsMarkedWithTheLanguageItIsWrittenIn() throws Exception {
		SignedInAccount me = accounts.person("Gwyneth", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		assertThat(page(get("/directory/organisations/new").with(user(me)).locale(welsh)))
			.as("the form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(registration(me, "Bad " + tag, "HOUSING", "NEWPORT", "VENUES", "READY", "a@example.org")
			.param("language", "gd"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		MvcResult result = mvc
			.perform(post("/directory/organisations").with(user(me))
				.with(csrf())
				.param("name", "Tenantiaid " + tag)
				.param("description", "Rydym yn gweithio gyda thenantiaid.")
				.param("sector", "HOUSING")
				.param("size", "SMALL")
				.param("willingness", "READY")
				.param("areas", "NEWPORT")
				.param("contactEmail", "t@example.org")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/directory/organisations/*?registered"))
			.andReturn();
		long welshId = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)\\?.*$", "$1"));
		assertThat(page(get("/directory/organisations/{id}", welshId))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Rydym yn gweithio gyda thenantiaid.</p>");
		long englishId = register(me, "Tenants " + tag, "HOUSING", "NEWPORT", "VENUES", "READY", "e@example.org");
		assertThat(page(get("/directory/organisations/{id}", englishId).locale(welsh))).contains("<html lang=\"cy\"")
			.contains("lang=\"en\">Tenants " + tag + " works with the people who use its services.</p>")
			.contains("lang=\"en\">Designing services together</p>");
		assertThat(page(get("/directory/organisations/{id}/edit", welshId).with(user(me))))
			.as("editing keeps the language")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aPersonRegistersAnOrganisationThatTheFiltersFindWithCounts() throws Exception {
		SignedInAccount me = accounts.person("Rhian Registrar", Role.PARTICIPANT);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = register(me, "Tenants Together " + tag, "HOUSING", "NEWPORT", "VENUES", "READY",
				"private-" + tag + "@tenants.example.org");
		register(me, "Carers Circle " + tag, "VOLUNTARY", "CARDIFF", "MENTORING", "INTERESTED",
				"carers-" + tag + "@example.org");

		assertThat(organisations.isManager(id, me.account())).isTrue();
		mvc.perform(get("/directory/organisations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tenants Together " + tag)))
			.andExpect(content().string(containsString("Newport")))
			.andExpect(content().string(containsString("Rhian Registrar")))
			.andExpect(content().string(not(containsString("private-" + tag))));

		mvc.perform(get("/directory").param("q", "tenants TOGETHER " + tag)
			.param("sector", "HOUSING")
			.param("area", "NEWPORT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 organisation found")))
			.andExpect(content().string(containsString("Tenants Together " + tag)))
			.andExpect(content().string(not(containsString("Carers Circle " + tag))))
			.andExpect(content().string(not(containsString("private-" + tag))));
		mvc.perform(get("/directory").param("q", tag).param("offer", "MENTORING").param("willingness", "INTERESTED"))
			.andExpect(content().string(containsString("Carers Circle " + tag)))
			.andExpect(content().string(not(containsString("Tenants Together " + tag))));
		// Counts beside each choice: with the text kept, how many each sector would find.
		OrganisationResults results = organisations.search(new OrganisationFilter(tag, null, null, null, null), 1);
		assertThat(results.total()).isEqualTo(2);
		assertThat(results.sectorCounts().get(Sector.HOUSING)).isEqualTo(1);
		assertThat(results.areaCounts().get(Area.CARDIFF)).isEqualTo(1);
		assertThat(results.areaCounts().get(Area.SWANSEA)).isZero();
		// Unknown filter values are ignored, not an error.
		mvc.perform(get("/directory").param("sector", "NOPE").param("page", "99")).andExpect(status().isOk());

		assertThat(directory.organisation(id)).get()
			.extracting(OrganisationSummary::name)
			.isEqualTo("Tenants Together " + tag);
		assertThat(directory.findOrganisations("carers circle " + tag)).extracting(OrganisationSummary::sector)
			.containsExactly("VOLUNTARY");
	}

	@Test
	void registrationNeedsASignedInPersonAndValidChoices() throws Exception {
		mvc.perform(get("/directory/organisations/new")).andExpect(redirectedUrl("/sign-in"));
		SignedInAccount me = accounts.person("Careful Person", Role.PARTICIPANT);
		long before = organisations.all().size();
		mvc.perform(registration(me, "", "MADE_UP", "ATLANTIS", "VENUES", "READY", "not-an-email"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the name of the organisation")))
			.andExpect(content().string(containsString("Select the sector")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		assertThat(organisations.all()).hasSize((int) before);
	}

	@Test
	void onlyManagersAndModeratorsEditAndOnlyModeratorsRemove() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.PARTICIPANT);
		SignedInAccount other = accounts.person("Other", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Moderator", Role.MODERATOR);
		long id = register(owner, "Editable " + UUID.randomUUID(), "ACADEMIC", "SWANSEA", "TRAINING", "READY",
				"uni@example.org");
		mvc.perform(get("/directory/organisations/{id}/edit", id).with(user(other))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/organisations/{id}/edit", id).with(user(owner)))
			.andExpect(status().isOk())
			// The form shows the address to the people who manage the entry.
			.andExpect(content().string(containsString("uni@example.org")));
		mvc.perform(registration(moderator, "Renamed by moderator", "ACADEMIC", "SWANSEA", "TRAINING", "READY",
				"uni@example.org")
			.with(request -> {
				request.setRequestURI("/directory/organisations/" + id);
				return request;
			})).andExpect(redirectedUrl("/directory/organisations/" + id));
		assertThat(organisations.find(id).name()).isEqualTo("Renamed by moderator");
		mvc.perform(post("/directory/organisations/{id}/remove", id).with(user(owner)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/directory/organisations/{id}/remove", id).with(user(moderator)).with(csrf()))
			.andExpect(redirectedUrl("/directory"));
		mvc.perform(get("/directory/organisations/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void theContactFormMailsTheOrganisationWithoutShowingItsAddress() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.PARTICIPANT);
		String secret = "secret-" + UUID.randomUUID() + "@example.org";
		long id = register(owner, "Hidden Address Trust", "VOLUNTARY", "CONWY", "VENUES", "READY", secret);
		SignedInAccount visitor = accounts.person("Vera Visitor", Role.PARTICIPANT);
		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		for (SignedInAccount viewer : new SignedInAccount[] { null, visitor, admin }) {
			MockHttpServletRequestBuilder page = get("/directory/organisations/{id}", id);
			MockHttpServletRequestBuilder list = get("/directory").param("q", "Hidden Address");
			MockHttpServletRequestBuilder form = get("/directory/organisations/{id}/contact", id);
			if (viewer != null) {
				page.with(user(viewer));
				list.with(user(viewer));
				form.with(user(viewer));
				mvc.perform(form).andExpect(content().string(not(containsString(secret))));
			}
			mvc.perform(page).andExpect(content().string(not(containsString(secret))));
			mvc.perform(list).andExpect(content().string(not(containsString(secret))));
		}
		mvc.perform(post("/directory/organisations/{id}/contact", id).with(csrf()).param("message", "Hello"))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/directory/organisations/{id}/contact", id).with(user(visitor))
			.with(csrf())
			.param("message", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your message")));
		mvc.perform(post("/directory/organisations/{id}/contact", id).with(user(visitor))
			.with(csrf())
			.param("message", "Could we co-produce the new library service?"))
			.andExpect(redirectedUrl("/directory/organisations/" + id))
			.andReturn();
		DirectoryMailer.Mail mail = mailer.recent().getFirst();
		assertThat(mail.to()).isEqualTo(secret);
		assertThat(mail.replyTo()).isEqualTo(visitor.getUsername());
		assertThat(mail.body()).contains("Could we co-produce the new library service?").contains("Vera Visitor");
		mvc.perform(get("/directory/organisations/{id}", id).with(user(visitor)))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void theContactFormIsRateLimitedPerPerson() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.PARTICIPANT);
		long id = register(owner, "Busy Org", "VOLUNTARY", "CONWY", "VENUES", "READY", "busy@example.org");
		SignedInAccount eager = accounts.person("Eager", Role.PARTICIPANT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/directory/organisations/{id}/contact", id).with(user(eager))
				.with(csrf())
				.param("message", "Message " + i)).andExpect(redirectedUrl("/directory/organisations/" + id));
		}
		mvc.perform(post("/directory/organisations/{id}/contact", id).with(user(eager))
			.with(csrf())
			.param("message", "One too many"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Try again in an hour")));
	}

	@Test
	void profilesArePublicOnlyWhenOptedInAndModeratorsGiveTheChampionBadge() throws Exception {
		SignedInAccount me = accounts.person("Priya Profile", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Mo Moderator", Role.MODERATOR);
		mvc.perform(post("/directory/profile").with(user(me))
			.with(csrf())
			.param("displayName", "Priya P")
			.param("interests", "Youth services")
			.param("bio", "Youth worker")
			.param("contactEmail", "")).andExpect(redirectedUrlPattern("/directory/people/*"));
		Profile profile = people.profileOf(me.account()).orElseThrow();
		assertThat(profile.published()).isFalse();
		mvc.perform(get("/directory/people")).andExpect(content().string(not(containsString("Priya P"))));
		mvc.perform(get("/directory/people/{id}", profile.id())).andExpect(status().isNotFound());

		mvc.perform(post("/directory/profile").with(user(me))
			.with(csrf())
			.param("displayName", "Priya P")
			.param("interests", "Youth services")
			.param("published", "true")).andExpect(redirectedUrl("/directory/people/" + profile.id()));
		mvc.perform(get("/directory/people")).andExpect(content().string(containsString("Priya P")));
		mvc.perform(post("/directory/people/{id}/champion", profile.id()).with(user(me))
			.with(csrf())
			.param("award", "true")).andExpect(status().isForbidden());
		mvc.perform(post("/directory/people/{id}/champion", profile.id()).with(user(moderator))
			.with(csrf())
			.param("award", "true")).andExpect(redirectedUrl("/directory/people/" + profile.id()));
		mvc.perform(get("/directory/people/{id}", profile.id()))
			.andExpect(content().string(containsString("Champion")));

		mvc.perform(post("/directory/profile/withdraw").with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/directory/profile"));
		mvc.perform(get("/directory/people")).andExpect(content().string(not(containsString("Priya P"))));
		mvc.perform(get("/directory/people/{id}", profile.id())).andExpect(status().isNotFound());
		mvc.perform(get("/directory/people/{id}", profile.id()).with(user(moderator))).andExpect(status().isNotFound());
	}

	@Test
	void aProfileIsMarkedWithTheLanguageItIsWrittenIn() throws Exception {
		SignedInAccount me = accounts.person("Heledd", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		assertThat(page(get("/directory/profile").with(user(me)).locale(welsh)))
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(post("/directory/profile").with(user(me))
			.with(csrf())
			.param("displayName", "Heledd")
			.param("bio", "Gweithiwr ieuenctid")
			.param("published", "true")
			.param("language", "english")).andExpect(status().isBadRequest());
		mvc.perform(post("/directory/profile").with(user(me))
			.with(csrf())
			.param("displayName", "Heledd")
			.param("interests", "Gwasanaethau ieuenctid")
			.param("bio", "Gweithiwr ieuenctid")
			.param("published", "true")
			.param("language", "cy")).andExpect(redirectedUrlPattern("/directory/people/*"));
		Profile profile = people.profileOf(me.account()).orElseThrow();
		assertThat(page(get("/directory/people/{id}", profile.id()))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Gwasanaethau ieuenctid</dd>")
			.contains("lang=\"cy\">Gweithiwr ieuenctid</dd>");
	}

	@Test
	void groupPostsAreMarkedWithTheLanguageTheyAreWrittenIn() throws Exception {
		SignedInAccount facilitator = accounts.person("Fflur", Role.FACILITATOR);
		SignedInAccount member = accounts.person("Mabli", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		long group = groups.start("Caerdydd", GroupKind.THEME, null, "Cydgynhyrchu", "Grŵp", "cy",
				facilitator.account());
		mvc.perform(post("/directory/groups/{id}/join", group).with(user(member)).with(csrf()));
		assertThat(page(get("/directory/groups/{id}", group).with(user(facilitator)).locale(welsh)))
			.as("both forms offer the page's language first, with ids of their own")
			.containsPattern("value=\"cy\" id=\"post-language-cy\" name=\"language\"\\s+checked")
			.containsPattern("value=\"cy\" id=\"announcement-language-cy\" name=\"language\"\\s+checked");
		mvc.perform(post("/directory/groups/{id}/threads", group).with(user(member))
			.with(csrf())
			.param("title", "Lleoliadau")
			.param("body", "Ble allwn ni gwrdd?")
			.param("language", "xx")).andExpect(status().isBadRequest());
		MvcResult thread = mvc
			.perform(post("/directory/groups/{id}/threads", group).with(user(member))
				.with(csrf())
				.param("title", "Lleoliadau")
				.param("body", "Ble allwn ni gwrdd?")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/directory/groups/" + group + "/threads/*"))
			.andReturn();
		long threadId = Long.parseLong(thread.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));
		mvc.perform(post("/directory/groups/{id}/threads/{t}/replies", group, threadId).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("body", "The community centre is free.")
			.param("language", "en")).andExpect(redirectedUrl("/directory/groups/" + group + "/threads/" + threadId));
		mvc.perform(post("/directory/groups/{id}/announcements", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Cyfarfod yr haf")
			.param("body", "Rydym yn cwrdd ym mis Gorffennaf.")
			.param("language", "cy")).andExpect(redirectedUrl("/directory/groups/" + group));
		assertThat(page(get("/directory/groups/{id}/threads/{t}", group, threadId))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Lleoliadau</h1>")
			.contains("lang=\"cy\">Ble allwn ni gwrdd?</p>");
		assertThat(page(get("/directory/groups/{id}/threads/{t}", group, threadId).locale(welsh)))
			.contains("lang=\"en\">The community centre is free.</p>");
		assertThat(page(get("/directory/groups"))).contains("lang=\"cy\">Cydgynhyrchu</span>");
		assertThat(page(get("/directory/groups/{id}", group))).contains("lang=\"cy\">Grŵp</p>")
			.contains("lang=\"cy\">Lleoliadau</a>")
			.contains("lang=\"cy\">Cyfarfod yr haf</h3>")
			.contains("lang=\"cy\">Rydym yn cwrdd ym mis Gorffennaf.</p>");
	}

	@Test
	void theThreeFormsOfAGroupPageHaveIdsOfTheirOwnThatLabelsErrorsAndLinksPointTo() throws Exception {
		SignedInAccount facilitator = accounts.person("Fflur", Role.FACILITATOR);
		long group = groups.start("Wrecsam", GroupKind.THEME, null, "Cydgynhyrchu", "Grŵp", "en",
				facilitator.account());
		String clean = page(get("/directory/groups/{id}", group).with(user(facilitator)));
		assertThat(clean).contains("id=\"post-title\"", "id=\"announcement-title\"", "id=\"meeting-title\"");
		assertIdsUniqueAndReferencesResolve(clean);

		String announcement = mvc
			.perform(post("/directory/groups/{id}/announcements", group).with(user(facilitator))
				.with(csrf())
				.param("title", "")
				.param("body", "")
				.param("language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(announcement).contains("<a href=\"#announcement-title\">Enter a title</a>")
			.contains("<a href=\"#announcement-body\">Enter your message</a>")
			.contains("id=\"announcement-title-error\"")
			.contains("aria-describedby=\"announcement-body-error\"")
			.doesNotContain("id=\"post-title-error\"");
		assertIdsUniqueAndReferencesResolve(announcement);

		String meeting = mvc
			.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
				.with(csrf())
				.param("title", "Summer gathering")
				.param("date", "31/02/2099")
				.param("time", "18:30")
				.param("place", "Library")
				.param("language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(meeting).contains("<a href=\"#meeting-date\">Enter a real date</a>")
			.contains("aria-describedby=\"meeting-date-hint meeting-date-error\"")
			.contains("value=\"Summer gathering\"");
		assertIdsUniqueAndReferencesResolve(meeting);

		String thread = mvc
			.perform(post("/directory/groups/{id}/threads", group).with(user(facilitator))
				.with(csrf())
				.locale(java.util.Locale.forLanguageTag("cy"))
				.param("title", "")
				.param("body", "Ble allwn ni gwrdd?")
				.param("language", "cy"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(thread).contains("Mae problem wedi codi")
			.containsPattern("<a href=\"#post-title\">[^<]+</a>")
			.contains("id=\"post-title-error\"")
			.contains("Ble allwn ni gwrdd?</textarea>");
		assertIdsUniqueAndReferencesResolve(thread);
		assertThat(groups.upcomingMeetings(group)).isEmpty();
	}

	/**
	 * No id twice on the page, and every label, error summary link and aria-describedby
	 * names an id that is there.
	 */
	static void assertIdsUniqueAndReferencesResolve(String page) {
		java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"")
			.matcher(page)
			.results()
			.map(match -> match.group(1))
			.toList();
		assertThat(ids).as("ids on the page").doesNotHaveDuplicates();
		java.util.List<String> references = new java.util.ArrayList<>();
		java.util.regex.Pattern.compile(" for=\"([^\"]+)\"")
			.matcher(page)
			.results()
			.forEach(match -> references.add(match.group(1)));
		java.util.regex.Pattern.compile("govuk-error-summary__list\">(.*?)</ul>", java.util.regex.Pattern.DOTALL)
			.matcher(page)
			.results()
			.forEach(list -> java.util.regex.Pattern.compile("href=\"#([^\"]+)\"")
				.matcher(list.group(1))
				.results()
				.forEach(match -> references.add(match.group(1))));
		java.util.regex.Pattern.compile("aria-describedby=\"([^\"]+)\"")
			.matcher(page)
			.results()
			.forEach(match -> references.addAll(java.util.List.of(match.group(1).split(" "))));
		assertThat(ids).as("labels, error links and descriptions point at ids on the page").containsAll(references);
	}

	@Test
	void groupMeetingsAreMarkedWithTheirLanguage() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion Facilitator", Role.FACILITATOR);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		MvcResult created = mvc
			.perform(post("/directory/groups").with(user(facilitator))
				.with(csrf())
				.param("name", "Grŵp Caerdydd")
				.param("kind", "AREA")
				.param("area", "CARDIFF")
				.param("description", "Pobl yn cydgynhyrchu.")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/directory/groups/*"))
			.andReturn();
		long group = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));
		mvc.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Réunion")
			.param("date", "2099-07-01")
			.param("time", "18:30")
			.param("place", "Splott")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#meeting-language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		// Welsh written on an English page, and English on a Welsh one.
		mvc.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Cyfarfod yr haf")
			.param("date", "2099-07-01")
			.param("time", "18:30")
			.param("place", "Canolfan gymunedol Sblot")
			.param("description", "Dewch â ffrind.")
			.param("language", "cy")).andExpect(redirectedUrl("/directory/groups/" + group));
		mvc.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("title", "Autumn meeting")
			.param("date", "2099-10-01")
			.param("time", "18:30")
			.param("place", "Splott community centre")
			.param("language", "en")).andExpect(redirectedUrl("/directory/groups/" + group));
		String page = mvc.perform(get("/directory/groups/{id}", group).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"cy\"")
			.contains("lang=\"cy\">Cyfarfod yr haf</p>")
			.contains("lang=\"cy\">Dewch â ffrind.</p>")
			.contains("lang=\"en\">Autumn meeting</p>");
		assertThat(mvc.perform(get("/directory/groups/{id}", group).with(user(facilitator)).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.as("the meeting form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"meeting-language-cy\" name=\"language\"\\s+checked");
	}

	@Test
	void membersTalkInLocalGroupsAndEveryPostIsAnnouncedAsInput() throws Exception {
		SignedInAccount facilitator = accounts.person("Fflur Facilitator", Role.FACILITATOR);
		SignedInAccount member = accounts.person("Mabli Member", Role.PARTICIPANT);
		SignedInAccount outsider = accounts.person("Osian Outsider", Role.PARTICIPANT);
		mvc.perform(get("/directory/groups/new").with(user(member))).andExpect(status().isForbidden());
		mvc.perform(post("/directory/groups").with(user(facilitator))
			.with(csrf())
			.param("name", "Cardiff co-producers")
			.param("kind", "AREA")
			.param("area", "CARDIFF")
			.param("description", "People co-producing in Cardiff.")
			.param("language", "yes")).andExpect(status().isBadRequest());
		MvcResult created = mvc
			.perform(post("/directory/groups").with(user(facilitator))
				.with(csrf())
				.param("name", "Cardiff co-producers")
				.param("kind", "AREA")
				.param("area", "CARDIFF")
				.param("description", "People co-producing in Cardiff."))
			.andExpect(redirectedUrlPattern("/directory/groups/*"))
			.andReturn();
		long group = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));

		mvc.perform(post("/directory/groups/{id}/threads", group).with(user(member))
			.with(csrf())
			.param("title", "Hello")
			.param("body", "First post")).andExpect(status().isForbidden());
		mvc.perform(post("/directory/groups/{id}/join", group).with(user(member)).with(csrf()))
			.andExpect(redirectedUrl("/directory/groups/" + group));
		MvcResult thread = mvc
			.perform(post("/directory/groups/{id}/threads", group).with(user(member))
				.with(csrf())
				.param("title", "Venues in Splott")
				.param("body", "Where can we meet?"))
			.andExpect(redirectedUrlPattern("/directory/groups/" + group + "/threads/*"))
			.andReturn();
		long threadId = Long.parseLong(thread.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));
		mvc.perform(post("/directory/groups/{id}/threads/{t}/replies", group, threadId).with(user(facilitator))
			.with(csrf())
			.param("body", "The community centre is free on Tuesdays."))
			.andExpect(redirectedUrl("/directory/groups/" + group + "/threads/" + threadId));
		mvc.perform(post("/directory/groups/{id}/announcements", group).with(user(member))
			.with(csrf())
			.param("title", "Not mine")
			.param("body", "Members do not announce")).andExpect(status().isForbidden());
		mvc.perform(post("/directory/groups/{id}/announcements", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Summer meeting")
			.param("body", "We meet in July.")).andExpect(redirectedUrl("/directory/groups/" + group));
		mvc.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Summer meeting")
			.param("date", "2099-07-01")
			.param("time", "18:30")
			.param("place", "Splott community centre")).andExpect(redirectedUrl("/directory/groups/" + group));
		mvc.perform(post("/directory/groups/{id}/meetings", group).with(user(facilitator))
			.with(csrf())
			.param("title", "Bad date")
			.param("date", "2099-02-31")
			.param("time", "25:00")
			.param("place", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a real date")));

		mvc.perform(get("/directory/groups/{id}", group).with(user(outsider)))
			.andExpect(content().string(containsString("Venues in Splott")))
			.andExpect(content().string(containsString("We meet in July.")))
			.andExpect(content().string(containsString("Splott community centre")))
			.andExpect(content().string(containsString("Join the group")));
		mvc.perform(get("/directory/groups/{id}/threads/{t}", group, threadId))
			.andExpect(content().string(containsString("The community centre is free on Tuesdays.")));

		assertThat(published.stream(GroupPostPublished.class).filter(event -> event.group() == group)).hasSize(3)
			.allSatisfy(event -> {
				assertThat(event.tool()).isEqualTo("directory");
				assertThat(event.scope()).isEqualTo("group:" + group);
				assertThat(event.reference()).isEqualTo("post:" + event.post());
			});
		assertThat(published.stream(GroupPostPublished.class).filter(event -> event.group() == group).findFirst()).get()
			.extracting(GroupPostPublished::path)
			.isEqualTo("/directory/groups/" + group + "/threads/" + threadId);
	}

	@Test
	void deletingAnAccountRemovesTheProfileAndGrantsAndKeepsPostsAsFormerParticipant() throws Exception {
		SignedInAccount leaver = accounts.person("Lowri Leaver", Role.FACILITATOR);
		SignedInAccount friend = accounts.person("Friend", Role.PARTICIPANT);
		people.save(leaver.account(), "Lowri", null, "", "", "en", true, "lowri@example.org", "");
		Profile friendProfile = people.save(friend.account(), "Friend", null, "", "", "en", true, "friend@example.org",
				"");
		Profile leaverProfile = people.profileOf(leaver.account()).orElseThrow();
		assertThat(people.share(leaver.account(), friendProfile.id())).isTrue();
		assertThat(people.share(friend.account(), leaverProfile.id())).isTrue();
		long group = groups.start("Leavers", GroupKind.THEME, null, "Moving on", "A group", "en", leaver.account());
		long thread = groups.startThread(group, "Goodbye", "Thanks all", "en", leaver.account());

		assertThat(personalData.personalData(leaver.account())).containsKeys("profile", "contactsSharedWith",
				"contactsSharedWithYou", "groups", "posts");

		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(leaver.account())));
		// The listener runs after the commit, on another thread.
		for (int wait = 0; wait < 100 && people.profileOf(leaver.account()).isPresent(); wait++) {
			Thread.sleep(50);
		}
		assertThat(people.profileOf(leaver.account())).isEmpty();
		assertThat(people.grantsTo(friend.account())).isEmpty();
		assertThat(people.grantsBy(friend.account())).isEmpty();
		assertThat(groups.thread(group, thread).authorId()).isNull();
		mvc.perform(get("/directory/groups/{id}/threads/{t}", group, thread))
			.andExpect(content().string(containsString("Former participant")));
	}

	@Test
	void administratorsExportTheDirectoryAsCsvAndNobodyElse() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.PARTICIPANT);
		register(owner, "Exported Org", "PRIVATE", "WREXHAM", "TRAINING", "NOT_NOW", "exported@example.org");
		mvc.perform(get("/directory/admin/organisations.csv")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/directory/admin/organisations.csv").with(user(accounts.person("Mod", Role.MODERATOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/directory/admin/organisations.csv").with(user(accounts.person("Admin", Role.ADMINISTRATOR))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("name,description,sector,size,willingness")))
			.andExpect(content().string(containsString("Exported Org")))
			.andExpect(content().string(containsString("PRIVATE,SMALL,NOT_NOW")));
	}

}
