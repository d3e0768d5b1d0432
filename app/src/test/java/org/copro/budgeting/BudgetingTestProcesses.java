package org.copro.budgeting;

import java.util.UUID;

import org.copro.identity.SignedInAccount;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Processes set up through the facilitators' pages, as the tests of areas, phases and
 * ballot types need them.
 */
final class BudgetingTestProcesses {

	private BudgetingTestProcesses() {
	}

	/**
	 * The process form with a budget of 100 for the first area, filled in with the given
	 * ballot settings.
	 */
	static MockHttpServletRequestBuilder processForm(SignedInAccount facilitator, String ballotType, String rule) {
		return processForm(facilitator, ballotType, rule, "6");
	}

	static MockHttpServletRequestBuilder processForm(SignedInAccount facilitator, String ballotType, String rule,
			String pointsPerProject) {
		return post("/budgeting").with(user(facilitator))
			.with(csrf())
			.param("title", "Town budget " + UUID.randomUUID())
			.param("description", "Money for the town.")
			.param("budget", "100")
			.param("currency", "GBP")
			.param("firstHeading", "Whole town")
			.param("ballotType", ballotType)
			.param("minProjects", "1")
			.param("maxProjects", "2")
			.param("pointsTotal", "10")
			.param("pointsPerProject", pointsPerProject)
			.param("rule", rule);
	}

	static long create(MockMvc mvc, SignedInAccount facilitator, String ballotType, String rule) throws Exception {
		MvcResult created = mvc.perform(processForm(facilitator, ballotType, rule))
			.andExpect(redirectedUrlPattern("/budgeting/*/manage?created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
	}

	static void addProject(MockMvc mvc, SignedInAccount facilitator, long id, long heading, String title, String cost)
			throws Exception {
		mvc.perform(post("/budgeting/{id}/projects", id).with(user(facilitator))
			.with(csrf())
			.param("heading", Long.toString(heading))
			.param("title", title)
			.param("description", title + " for everyone")
			.param("cost", cost)).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
	}

	static void open(MockMvc mvc, SignedInAccount facilitator, long id) throws Exception {
		mvc.perform(post("/budgeting/{id}/open", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
	}

}
