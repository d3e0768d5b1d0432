package org.copro.projects;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reason missing on a rejected claim is a form error (400, the page again with the
 * field in error); leaving a project without a co-lead is refused by the project's state
 * (409, the page again saying what to do first). Neither saves anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectsFormErrorsTests {

	static final Locale WELSH = Locale.forLanguageTag("cy");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Projects projects;

	@Autowired
	ParticipationSupport support;

	long start(SignedInAccount lead) throws Exception {
		MvcResult created = mvc
			.perform(post("/projects").with(user(lead))
				.with(csrf())
				.param("title", "Carers' voices " + UUID.randomUUID())
				.param("purpose", "Respite that carers design.")
				.param("phase", "PLANNING")
				.param("visibility", "LISTED")
				.param("role", "LIVED_EXPERIENCE"))
			.andExpect(redirectedUrlPattern("/projects/*?created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/projects/(\\d+).*$", "$1"));
	}

	String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
		return mvc.perform(request.with(csrf()))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theLastCoLeadCannotBeRemovedNorStepDownAndThePageSaysWhatToDoFirst() throws Exception {
		SignedInAccount lead = accounts.person("Lleucu Lead", Role.PARTICIPANT);
		String memberEmail = accounts.create("Mared Member", Role.PARTICIPANT);
		long id = start(lead);
		mvc.perform(post("/projects/{id}/members", id).with(user(lead))
			.with(csrf())
			.param("email", memberEmail)
			.param("role", "PRACTITIONER")).andExpect(redirectedUrl("/projects/" + id + "#members"));
		Member only = projects.members(id).stream().filter(Member::coLead).findFirst().orElseThrow();

		assertThat(
				page(post("/projects/{id}/members/{m}/remove", id, only.id()).with(user(lead)), status().isConflict()))
			.contains("<title>Error: Carers&#39; voices")
			.contains("There is a problem")
			.contains(
					"<a href=\"#members\">A project must keep at least one co-lead: make another member a co-lead first</a>")
			.contains("Mared Member");
		assertThat(page(post("/projects/{id}/members/{m}", id, only.id()).with(user(lead))
			.param("role", "PRACTITIONER")
			.param("coLead", "false"), status().isConflict())).contains(
					"<a href=\"#members\">A project must keep at least one co-lead: make another member a co-lead first</a>");
		assertThat(page(post("/projects/{id}/members/{m}/remove", id, only.id()).with(user(lead)).locale(WELSH),
				status().isConflict()))
			.contains("Mae problem wedi codi")
			.contains(
					"<a href=\"#members\">Rhaid i brosiect gadw o leiaf un cyd-arweinydd: gwnewch aelod arall yn gyd-arweinydd yn gyntaf</a>");

		assertThat(projects.members(id)).hasSize(2);
		Member still = projects.members(id).stream().filter(m -> m.id() == only.id()).findFirst().orElseThrow();
		assertThat(still.coLead()).isTrue();
		assertThat(still.role()).isEqualTo(MemberRole.LIVED_EXPERIENCE);
	}

	@Test
	void rejectingAClaimWithoutAReasonShowsTheClaimsAgainWithTheReasonInError() throws Exception {
		SignedInAccount lead = accounts.person("Lleucu Lead", Role.PARTICIPANT);
		long id = start(lead);
		long claim = support.submit(id, lead.account(), ClaimCategory.TRAVEL, 840, "Bus fares", null, null);
		String field = "reason-" + claim;

		assertThat(page(post("/projects/{id}/claims/{c}/reject", id, claim).with(user(lead)).param("reason", " "),
				status().isBadRequest()))
			.contains("<title>Error: Expenses: Carers&#39; voices")
			.contains("There is a problem")
			.contains("<a href=\"#" + field
					+ "\">Enter the reason for rejecting the claim (1,000 characters or fewer)</a>")
			.contains("id=\"" + field + "-error\"")
			.contains("aria-describedby=\"" + field + "-error\"");
		String tooLong = "No receipt. ".repeat(90);
		assertThat(page(post("/projects/{id}/claims/{c}/reject", id, claim).with(user(lead))
			.locale(WELSH)
			.param("reason", tooLong), status().isBadRequest())).contains("Mae problem wedi codi")
			.contains("<a href=\"#" + field + "\">Rhowch y rheswm dros wrthod yr hawliad (1,000 nod neu lai)</a>")
			.contains("value=\"" + tooLong + "\"");

		Claim unchanged = support.find(id, claim);
		assertThat(unchanged.status()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(unchanged.reason()).isNull();
	}

	@Test
	void aReviewDateThatIsNoDateShowsTheEvaluationAgainWithTheDateInError() throws Exception {
		SignedInAccount lead = accounts.person("Lleucu Lead", Role.PARTICIPANT);
		long id = start(lead);
		assertThat(page(post("/projects/{id}/review", id).with(user(lead)).param("reviewOn", "31/02/2027"),
				status().isBadRequest()))
			.contains("<title>Error: Evaluation")
			.contains("There is a problem")
			.contains("<a href=\"#reviewOn\">Enter a real date, for example 2027-03-31</a>")
			.contains("id=\"reviewOn-error\"")
			.contains("aria-describedby=\"reviewOn-hint reviewOn-error\"")
			.contains("value=\"31/02/2027\"");
		assertThat(page(post("/projects/{id}/review", id).with(user(lead)).locale(WELSH).param("reviewOn", "soon"),
				status().isBadRequest()))
			.contains("Mae problem wedi codi")
			.contains("<a href=\"#reviewOn\">Rhowch ddyddiad go iawn, er enghraifft 2027-03-31</a>");
		assertThat(projects.find(id).nextReviewOn()).isNull();
	}

}
