package org.copro.budgeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copro.budgeting.BudgetingTestProcesses.addProject;
import static org.copro.budgeting.BudgetingTestProcesses.create;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Phases begin on the dates a facilitator sets; what a resident may do follows the phase,
 * checked on the server.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BudgetingPhasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Autowired
	ApplicationEvents published;

	static LocalDate today() {
		return LocalDate.now(BudgetingProcess.ZONE);
	}

	MockHttpServletRequestBuilder schedule(SignedInAccount facilitator, long id, Object proposals, Object review,
			Object voting, Object results) {
		return post("/budgeting/{id}/schedule", id).with(user(facilitator))
			.with(csrf())
			.param("proposalsFrom", String.valueOf(proposals))
			.param("reviewFrom", String.valueOf(review))
			.param("votingFrom", String.valueOf(voting))
			.param("resultsFrom", String.valueOf(results));
	}

	MockHttpServletRequestBuilder idea(long id, SignedInAccount resident) {
		return post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "Street trees")
			.param("description", "Trees")
			.param("cost", "30");
	}

	@Test
	void theDatesDecideThePhaseAndActionsOutsideTheirPhaseAreRefused() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount resident = accounts.person("Rhys Resident", Role.PARTICIPANT);
		long id = create(mvc, facilitator, "APPROVAL", "MES");
		long town = budgeting.firstHeading(id).id();
		addProject(mvc, facilitator, id, town, "Benches", "40");
		long bench = budgeting.ballotProjects(id).get(0).id();

		// Dates out of order, or not dates at all, are refused field by field and nothing
		// is saved.
		mvc.perform(schedule(facilitator, id, today().minusDays(10), "soon", today().minusDays(20), ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a real date, for example 1/3/2027")))
			.andExpect(content().string(containsString("This date must be after")));
		assertThat(budgeting.find(id).proposalsFrom()).isNull();

		// Ideas opened ten days ago, the review five days ago, and voting opens in five
		// days.
		LocalDate opens = today().plusDays(5);
		mvc.perform(schedule(facilitator, id, today().minusDays(10), today().minusDays(5), opens, today().plusDays(10)))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).status()).isEqualTo(ProcessStatus.REVIEW);
		mvc.perform(get("/budgeting/{id}", id).with(user(resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reviewers are checking every idea")))
			.andExpect(content().string(containsString("Feasibility review")))
			.andExpect(content().string(containsString("This phase ends on " + opens.getDayOfMonth() + " ")));
		mvc.perform(get("/budgeting/{id}", id).locale(Locale.forLanguageTag("cy")))
			.andExpect(content().string(containsString("Adolygu dichonoldeb")));
		mvc.perform(idea(id, resident))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Project ideas are not being collected now")));
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(resident))
			.with(csrf())
			.param("projects", Long.toString(bench)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Voting opens on " + opens.getDayOfMonth() + " ")));
		assertThat(budgeting.projects(id)).hasSize(1);
		assertThat(budgeting.ballotCount(id)).isZero();

		// Voting opened yesterday: a ballot is taken without anyone opening the vote by
		// hand. A date typed the
		// British way, where a browser shows a plain box, is read too.
		LocalDate later = today().plusDays(10);
		mvc.perform(schedule(facilitator, id, today().minusDays(10), today().minusDays(5), today().minusDays(1),
				later.getDayOfMonth() + "/" + later.getMonthValue() + "/" + later.getYear()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).resultsFrom()).isEqualTo(later);
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(resident))
			.with(csrf())
			.param("projects", Long.toString(bench))).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(post("/budgeting/{id}/projects", id).with(user(facilitator))
			.with(csrf())
			.param("title", "Late")
			.param("description", "Late")
			.param("cost", "5")).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.projects(id)).hasSize(1);

		// The results date has come: the vote is closed once, counted and published.
		assertThat(published.stream(VotingClosed.class)).isEmpty();
		mvc.perform(
				schedule(facilitator, id, today().minusDays(10), today().minusDays(5), today().minusDays(1), today()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 project is funded from 1 ballot")));
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(resident))
			.with(csrf())
			.param("projects", Long.toString(bench)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Voting is not open, so your vote was not recorded")));
		assertThat(published.stream(VotingClosed.class)).containsExactly(new VotingClosed(id, 1));
		assertThat(budgeting.find(id).recordedStatus()).isEqualTo(ProcessStatus.CLOSED);
	}

	@Test
	void facilitatorsStillAdvanceThePhasesByHand() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount resident = accounts.person("Rhys Resident", Role.PARTICIPANT);
		long id = create(mvc, facilitator, "APPROVAL", "MES");
		LocalDate from = today().plusDays(3);
		mvc.perform(schedule(facilitator, id, from, "", "", ""))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(idea(id, resident))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(containsString("Project ideas are collected from " + from.getDayOfMonth() + " ")));
		mvc.perform(post("/budgeting/{id}/proposals", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(idea(id, resident)).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(post("/budgeting/{id}/review", id).with(user(resident)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/budgeting/{id}/review", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).review()).isTrue();
		mvc.perform(idea(id, resident)).andExpect(status().isConflict());
		List<BudgetProject> ideas = budgeting.projects(id);
		assertThat(ideas).hasSize(1);
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, ideas.get(0).id()).with(user(facilitator))
			.with(csrf())
			.param("review", "FEASIBLE")
			.param("cost", "30")
			.param("reason", "Can be done")).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(post("/budgeting/{id}/open", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).voting()).isTrue();
		mvc.perform(get("/budgeting/{id}", id).with(user(resident)))
			.andExpect(content().string(containsString("You can vote, and change your vote until voting closes")));
	}

}
