package org.copro.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A private project's decisions, calls for ideas and "you said, we did" entries are seen
 * by its members and by no one else, on every page that lists or shows them; a public
 * project's are seen by everyone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScopesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Scopes scopes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aPrivateProjectsToolsAreSeenOnlyByItsMembers() throws Exception {
		String facilitatorEmail = accounts.create("Fay Facilitator", Role.FACILITATOR);
		SignedInAccount facilitator = accounts.signedIn(facilitatorEmail);
		String memberEmail = accounts.create("Mo Member", Role.PARTICIPANT);
		SignedInAccount member = accounts.signedIn(memberEmail);
		SignedInAccount outsider = accounts.signedIn(accounts.create("Out Sider", Role.PARTICIPANT));
		long project = project(facilitator, "PRIVATE");
		mvc.perform(post("/projects/{id}/members", project).with(user(facilitator))
			.with(csrf())
			.param("email", memberEmail)
			.param("role", "COMMUNITY_MEMBER")).andExpect(status().is3xxRedirection());
		String scope = "project:" + project;
		String tag = UUID.randomUUID().toString();

		long decision = decision(facilitator, "Secret decision " + tag, scope);
		long space = callForIdeas(facilitator, "Secret call " + tag, scope);
		say("Secret input " + tag, scope);

		for (SignedInAccount reader : new SignedInAccount[] { null, outsider }) {
			as(get("/decisions"), reader).andExpect(content().string(not(containsString("Secret decision " + tag))));
			as(get("/decisions/{id}", decision), reader).andExpect(status().isNotFound());
			as(post("/decisions/{id}/vote", decision).with(csrf()).param("position", "AGREE"), reader)
				.andExpect(reader == null ? status().is3xxRedirection() : status().isNotFound());
			as(get("/proposals"), reader).andExpect(content().string(not(containsString("Secret call " + tag))));
			as(get("/proposals/{id}", space), reader).andExpect(status().isNotFound());
			as(get("/you-said-we-did"), reader).andExpect(content().string(not(containsString("Secret input " + tag))))
				.andExpect(content().string(not(containsString(scope + "<"))));
		}
		as(get("/decisions"), member).andExpect(content().string(containsString("Secret decision " + tag)));
		as(get("/decisions/{id}", decision), member).andExpect(status().isOk());
		as(get("/proposals"), member).andExpect(content().string(containsString("Secret call " + tag)));
		as(get("/proposals/{id}", space), member).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(get("/you-said-we-did"), member)
				.andExpect(content().string(containsString("Secret input " + tag))));

		assertThat(scopes.reaches(scope, member.account().value())).isTrue();
		assertThat(scopes.reaches(scope, outsider.account().value())).isFalse();
		assertThat(scopes.visibleTo(scope, null)).isFalse();
		assertThat(scopes.visibleTo("project:999999999", member)).as("a scope naming no project").isFalse();
		assertThat(scopes.visibleTo("group:7", null)).as("a scope no module owns").isTrue();
		// The log asks for all its scopes at once.
		List<String> asked = List.of(scope, "project:999999999", "project:x", "group:7");
		assertThat(scopes.hiddenFrom(member, asked)).containsExactlyInAnyOrder("project:999999999", "project:x");
		assertThat(scopes.hiddenFrom(outsider, asked)).containsExactlyInAnyOrder(scope, "project:999999999",
				"project:x");
		assertThat(scopes.hiddenFrom(null, asked)).contains(scope);
	}

	@Test
	void aPublicProjectsToolsAreSeenByEveryone() throws Exception {
		SignedInAccount facilitator = accounts.signedIn(accounts.create("Pat Public", Role.FACILITATOR));
		SignedInAccount outsider = accounts.signedIn(accounts.create("Any One", Role.PARTICIPANT));
		long project = project(facilitator, "PUBLIC");
		String scope = "project:" + project;
		String tag = UUID.randomUUID().toString();
		long decision = decision(facilitator, "Open decision " + tag, scope);
		say("Open input " + tag, scope);

		as(get("/decisions"), null).andExpect(content().string(containsString("Open decision " + tag)));
		as(get("/decisions/{id}", decision), null).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(get("/you-said-we-did"), null)
				.andExpect(content().string(containsString("Open input " + tag))));
		assertThat(scopes.reaches(scope, outsider.account().value())).isTrue();
	}

	private ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			@Nullable SignedInAccount reader) throws Exception {
		return mvc.perform(reader == null ? request : request.with(user(reader)));
	}

	private long project(SignedInAccount lead, String visibility) throws Exception {
		MvcResult created = mvc
			.perform(post("/projects").with(user(lead))
				.with(csrf())
				.param("title", "Scoped project " + UUID.randomUUID())
				.param("purpose", "To test who sees what.")
				.param("serviceArea", "Housing")
				.param("place", "Conwy")
				.param("startDate", "2027-01-01")
				.param("endDate", "2027-12-31")
				.param("phase", "PLANNING")
				.param("visibility", visibility)
				.param("role", "PRACTITIONER"))
			.andExpect(redirectedUrlPattern("/projects/*?created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/projects/(\\d+).*$", "$1"));
	}

	private long decision(SignedInAccount facilitator, String title, String scope) throws Exception {
		String closes = LocalDateTime.now(ZoneId.of("Europe/London"))
			.plusDays(2)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		MvcResult started = mvc
			.perform(post("/decisions").with(user(facilitator))
				.with(csrf())
				.param("kind", "PROPOSAL")
				.param("title", title)
				.param("details", "Details.")
				.param("closesAt", closes)
				.param("reasonRule", "OPTIONAL")
				.param("scope", scope))
			.andExpect(redirectedUrlPattern("/decisions/*?started"))
			.andReturn();
		return Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("^/decisions/(\\d+).*$", "$1"));
	}

	private long callForIdeas(SignedInAccount facilitator, String title, String scope) throws Exception {
		MvcResult opened = mvc
			.perform(post("/proposals/admin").with(user(facilitator))
				.with(csrf())
				.param("title", title)
				.param("description", "Ideas, please.")
				.param("open", "true")
				.param("_open", "on")
				.param("scope", scope))
			.andExpect(redirectedUrlPattern("/proposals/admin/*"))
			.andReturn();
		return Long.parseLong(opened.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));
	}

	private void say(String excerpt, String scope) {
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(TestInput.said(excerpt, scope)));
	}

}
