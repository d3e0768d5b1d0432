package org.copro.budgeting;

import java.util.List;

import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff enter in-person paper ballots: marked as paper, counted once, published in the
 * .pb file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingPaperBallotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	MockHttpServletRequestBuilder paper(long id, SignedInAccount staff, String reference, Long... projects) {
		MockHttpServletRequestBuilder request = post("/budgeting/{id}/paper-ballots", id).with(user(staff))
			.with(csrf())
			.param("reference", reference);
		for (Long project : projects) {
			request.param("projects", project.toString());
		}
		return request;
	}

	@Test
	void staffEnterPaperBallotsThatCountOnceAndArePublishedAsPaper() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		long id = BudgetingVotersTests.votingProcess(mvc, facilitator);
		List<Long> p = budgeting.ballotProjects(id).stream().map(BudgetProject::id).toList();

		// A participant may neither see the form nor enter a paper ballot.
		mvc.perform(get("/budgeting/{id}/paper-ballots/new", id).with(user(participant)))
			.andExpect(status().isForbidden());
		mvc.perform(paper(id, participant, "LIB-1", p.get(0))).andExpect(status().isForbidden());
		assertThat(budgeting.ballotCount(id)).isZero();

		mvc.perform(get("/budgeting/{id}/paper-ballots/new", id).with(user(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paper ballot reference")));

		// Validation: a reference, and the ballot's limits.
		mvc.perform(paper(id, facilitator, " ", p.get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the reference written on the paper ballot")));
		mvc.perform(paper(id, facilitator, "LIB-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select at least 1 project")));
		assertThat(budgeting.ballotCount(id)).isZero();

		mvc.perform(paper(id, facilitator, "LIB-1", p.get(0)))
			.andExpect(redirectedUrl("/budgeting/" + id + "/paper-ballots/new"));
		// The same paper entered again is not counted twice.
		mvc.perform(paper(id, facilitator, "LIB-1", p.get(1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Paper ballot LIB-1 has already been entered")));
		mvc.perform(paper(id, facilitator, "LIB-2", p.get(0), p.get(1)))
			.andExpect(redirectedUrl("/budgeting/" + id + "/paper-ballots/new"));
		// One online ballot beside them.
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(participant))
			.with(csrf())
			.param("projects", p.get(1).toString())).andExpect(redirectedUrl("/budgeting/" + id));
		assertThat(budgeting.ballotCount(id)).isEqualTo(3);
		assertThat(budgeting.paperBallotCount(id)).isEqualTo(2);
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(facilitator)))
			.andExpect(content().string(containsString("3 (of which 2 on paper)")));

		mvc.perform(post("/budgeting/{id}/close", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
		mvc.perform(paper(id, facilitator, "LIB-3", p.get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Voting is not open")));
		assertThat(budgeting.ballotCount(id)).isEqualTo(3);

		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Of the 3 ballots, 2 were filled in on paper")));
		mvc.perform(get("/budgeting/{id}/result.json", id))
			.andExpect(jsonPath("$.ballots").value(3))
			.andExpect(jsonPath("$.paperBallots").value(2));
		String pb = mvc.perform(get("/budgeting/{id}/ballots.pb", id)).andReturn().getResponse().getContentAsString();
		PbFile file = PbReader.parse(pb);
		assertThat(file.votes()).hasSize(3);
		assertThat(file.limitViolations()).isEmpty();
		assertThat(file.votes()).extracting(vote -> vote.fields().get("source"))
			.containsExactlyInAnyOrder("paper", "paper", "online");
		// Fountain: 2 votes (both paper), planters: 2 votes; the paper ballot with both
		// counts for both.
		assertThat(budgeting.count(id).selected()).hasSize(2);
	}

}
