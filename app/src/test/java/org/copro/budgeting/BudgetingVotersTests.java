package org.copro.budgeting;

import java.util.UUID;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

/** Only verified participants vote: signed in with a confirmed email address. */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingVotersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Autowired
	JdbcTemplate jdbc;

	/** A voting process with two projects, made through the pages. */
	static long votingProcess(MockMvc mvc, SignedInAccount facilitator) throws Exception {
		MvcResult created = mvc
			.perform(post("/budgeting").with(user(facilitator))
				.with(csrf())
				.param("title", "Verified budget " + UUID.randomUUID())
				.param("description", "Money for the square.")
				.param("budget", "100")
				.param("currency", "GBP")
				.param("minProjects", "1")
				.param("maxProjects", "2")
				.param("rule", "GREEDY"))
			.andExpect(redirectedUrlPattern("/budgeting/*/manage?created"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		for (String[] project : new String[][] { { "Fountain", "70" }, { "Planters", "30" } }) {
			mvc.perform(post("/budgeting/{id}/projects", id).with(user(facilitator))
				.with(csrf())
				.param("title", project[0])
				.param("description", project[0] + " in the square")
				.param("cost", project[1])).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		}
		mvc.perform(post("/budgeting/{id}/open", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		return id;
	}

	@Test
	void aPersonWhoseEmailIsNotConfirmedIsToldToConfirmItAndTheirBallotIsNotTaken() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = votingProcess(mvc, facilitator);
		long fountain = budgeting.projects(id).get(0).id();
		SignedInAccount unverified = accounts.person("Una Unverified", Role.PARTICIPANT);
		jdbc.update("UPDATE identity_account SET email_verified = FALSE WHERE id = ?", unverified.account().value());

		mvc.perform(get("/budgeting/{id}", id).with(user(unverified)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only verified participants can vote")))
			.andExpect(content().string(not(containsString("Cast my vote"))));
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(unverified))
			.with(csrf())
			.param("projects", Long.toString(fountain)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Only verified participants can vote")));
		assertThat(budgeting.ballotCount(id)).isZero();

		// Once confirmed, the same person votes.
		jdbc.update("UPDATE identity_account SET email_verified = TRUE WHERE id = ?", unverified.account().value());
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(unverified))
			.with(csrf())
			.param("projects", Long.toString(fountain))).andExpect(redirectedUrl("/budgeting/" + id));
		assertThat(budgeting.ballotCount(id)).isEqualTo(1);
	}

}
