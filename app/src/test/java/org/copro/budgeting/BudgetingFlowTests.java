package org.copro.budgeting;

import org.copro.identity.TestAccounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbTally;
import org.copro.engines.budgeting.TallyOptions;
import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BudgetingFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Autowired
	BudgetingPersonalData personalData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEvents published;

	/**
	 * A process set up through the pages: budget 100, three projects, 1 to 2 projects a
	 * ballot.
	 */
	long setUp(SignedInAccount facilitator, String rule) throws Exception {
		MvcResult created = mvc
			.perform(post("/budgeting").with(user(facilitator))
				.with(csrf())
				.param("title", "Riverside budget " + UUID.randomUUID())
				.param("description", "Money for the park.\n\nVote by Friday.")
				.param("budget", "100")
				.param("currency", "GBP")
				.param("minProjects", "1")
				.param("maxProjects", "2")
				.param("rule", rule))
			.andExpect(redirectedUrlPattern("/budgeting/*/manage?created"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		addProject(facilitator, id, "Allotments", "60");
		addProject(facilitator, id, "Benches", "40");
		addProject(facilitator, id, "Cycle racks", "40");
		mvc.perform(post("/budgeting/{id}/open", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).voting()).isTrue();
		return id;
	}

	void addProject(SignedInAccount facilitator, long id, String title, String cost) throws Exception {
		mvc.perform(post("/budgeting/{id}/projects", id).with(user(facilitator))
			.with(csrf())
			.param("title", title)
			.param("description", title + " for everyone")
			.param("cost", cost)
			.param("feasibility", "Checked by the parks team"))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
	}

	List<Long> projectIds(long id) {
		return budgeting.projects(id).stream().map(BudgetProject::id).toList();
	}

	MockHttpServletRequestBuilder ballot(long id, SignedInAccount voter, Long... projects) {
		MockHttpServletRequestBuilder request = post("/budgeting/{id}/ballot", id).with(user(voter)).with(csrf());
		for (Long project : projects) {
			request.param("projects", project.toString());
		}
		return request;
	}

	@Test
	void aProcessGoesFromSetUpThroughVotingToAnExplainedResultThatTheEngineConfirms() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = setUp(facilitator, "MES");
		List<Long> p = projectIds(id);
		mvc.perform(get("/budgeting/{id}", id).with(user(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the projects you support")))
			.andExpect(content().string(containsString("<span lang=\"en\">Allotments</span> – £60")));
		List<SignedInAccount> voters = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			SignedInAccount voter = accounts.person("Voter " + i, Role.PARTICIPANT);
			voters.add(voter);
			// Six voters want the allotments; four want benches and cycle racks.
			Long[] choice = i < 6 ? new Long[] { p.get(0) } : new Long[] { p.get(1), p.get(2) };
			mvc.perform(ballot(id, voter, choice)).andExpect(redirectedUrl("/budgeting/" + id));
		}
		// A voter changes their mind: still one ballot.
		mvc.perform(ballot(id, voters.get(0), p.get(0), p.get(1))).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(ballot(id, voters.get(0), p.get(0))).andExpect(redirectedUrl("/budgeting/" + id));
		assertThat(budgeting.ballotCount(id)).isEqualTo(10);
		mvc.perform(get("/budgeting/{id}", id).with(user(voters.get(0))))
			.andExpect(content().string(containsString("You have voted")))
			.andExpect(content().string(containsString("Change my vote")));

		mvc.perform(get("/budgeting/{id}/results", id)).andExpect(status().isNotFound());
		mvc.perform(post("/budgeting/{id}/close", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
		assertThat(published.stream(VotingClosed.class)).containsExactly(new VotingClosed(id, 10));
		mvc.perform(ballot(id, voters.get(1), p.get(1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Voting is not open, so your vote was not recorded")));

		String pb = mvc.perform(get("/budgeting/{id}/ballots.pb", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		PbFile reread = PbReader.parse(pb);
		assertThat(reread.votes()).hasSize(10);
		assertThat(reread.limitViolations()).isEmpty();
		assertThat(pb).doesNotContain("Voter ");
		Outcome expected = PbTally.tally(reread, TallyOptions.mes().withExplain(true));
		Outcome counted = budgeting.count(id);
		assertThat(counted.selected()).isEqualTo(expected.selected())
			.containsExactly(Long.toString(p.get(0)), Long.toString(p.get(1)));
		assertThat(counted.totalCost()).isEqualByComparingTo(new BigDecimal("100"));
		// The file names its rule, so that ./copro pb tally --rule official counts it the
		// same way.
		assertThat(PbTally.tally(reread, TallyOptions.of(TallyOptions.Rule.OFFICIAL)).selected())
			.isEqualTo(counted.selected());

		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 projects are funded from 10 ballots")))
			.andExpect(content().string(containsString("It was paid for by 6 supporters")))
			.andExpect(content().string(containsString("6 supporters paid £10.00 each, all they had left")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("Cycle racks")));
		mvc.perform(get("/budgeting/{id}/results", id).locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talodd 6 o gefnogwyr £10.00 yr un")));
		mvc.perform(get("/budgeting/{id}/result.json", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selected[0]").value(expected.selected().get(0)))
			.andExpect(jsonPath("$.selected[1]").value(expected.selected().get(1)))
			.andExpect(jsonPath("$.totalCost").value(100))
			.andExpect(jsonPath("$.ballots").value(10));
	}

	@Test
	void greedyAndPhragmenCountAsTheEngineDoes() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		for (String rule : List.of("GREEDY", "PHRAGMEN")) {
			long id = setUp(facilitator, rule);
			List<Long> p = projectIds(id);
			for (int i = 0; i < 5; i++) {
				mvc.perform(ballot(id, accounts.person("Voter", Role.PARTICIPANT), p.get(i % 3), p.get((i + 1) % 3)));
			}
			budgeting.closeVoting(id);
			Outcome expected = PbTally.tally(budgeting.election(id), TallyOptions.of(TallyOptions.Rule.valueOf(rule)));
			assertThat(budgeting.count(id).selected()).isEqualTo(expected.selected()).isNotEmpty();
			mvc.perform(get("/budgeting/{id}/results", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("for each supporter")));
		}
	}

	@Test
	void ballotsOutsideTheLimitsAreRefusedWithClearErrorsInBothLanguages() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = setUp(facilitator, "MES");
		List<Long> p = projectIds(id);
		SignedInAccount voter = accounts.person("Vera Voter", Role.PARTICIPANT);
		mvc.perform(ballot(id, voter))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Select at least 1 project")))
			.andExpect(content().string(containsString("<title>Error: ")));
		mvc.perform(ballot(id, voter, p.get(0), p.get(1), p.get(2)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select no more than 2 projects (you selected 3)")));
		mvc.perform(ballot(id, voter, p.get(0), p.get(1), p.get(2)).locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Dewiswch ddim mwy na 2 o brosiectau (fe ddewisoch chi 3)")));
		mvc.perform(ballot(id, voter, 999_999_999L))
			.andExpect(content().string(containsString("Select only projects from this ballot")));
		assertThat(budgeting.ballotCount(id)).isZero();
	}

	@Test
	void badProcessSettingsAreReportedAndNothingIsSaved() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long before = budgeting.list().size();
		mvc.perform(post("/budgeting").with(user(facilitator))
			.with(csrf())
			.param("title", "")
			.param("description", "x")
			.param("budget", "lots")
			.param("currency", "XXX")
			.param("minProjects", "3")
			.param("maxProjects", "2")
			.param("rule", "DICE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a name for the process")))
			.andExpect(content().string(containsString("Enter the budget as a whole number greater than 0")))
			.andExpect(content().string(containsString("Select a currency")))
			.andExpect(content().string(containsString("The most projects (2) must not be less than the fewest (3)")))
			.andExpect(content().string(containsString("Select a counting rule")));
		assertThat(budgeting.list()).hasSize((int) before);
	}

	@Test
	void onlyFacilitatorsSetUpAndOnlyTheOrganiserManages() throws Exception {
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount otherFacilitator = accounts.person("Fred Facilitator", Role.FACILITATOR);
		SignedInAccount administrator = accounts.person("Ada Administrator", Role.ADMINISTRATOR);
		mvc.perform(get("/budgeting/new").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(post("/budgeting").with(user(participant)).with(csrf()).param("title", "Mine"))
			.andExpect(status().isForbidden());
		long id = setUp(facilitator, "MES");
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(otherFacilitator))).andExpect(status().isForbidden());
		mvc.perform(post("/budgeting/{id}/close", id).with(user(otherFacilitator)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/budgeting/{id}/projects", id).with(user(participant)).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(administrator))).andExpect(status().isOk());
		mvc.perform(post("/budgeting/{id}/ballot", id).with(csrf()).param("projects", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/budgeting/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to vote")));
		assertThat(budgeting.find(id).voting()).isTrue();
	}

	@Test
	void aDeletedAccountsBallotKeepsCountingWithoutAName() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = setUp(facilitator, "MES");
		List<Long> p = projectIds(id);
		SignedInAccount voter = accounts.person("Dee Deleted", Role.PARTICIPANT);
		mvc.perform(ballot(id, voter, p.get(1)));
		assertThat(personalData.personalData(voter.account()).get("ballots")).asList().hasSize(1);
		assertThat(personalData.personalData(voter.account()).toString()).contains("Benches");
		// Published as the identity module does: inside the transaction that deletes the
		// account.
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(voter.account())));
		// The listener runs after the commit, on another thread.
		for (int wait = 0; wait < 100 && !budgeting.ballotsOf(voter.account()).isEmpty(); wait++) {
			Thread.sleep(50);
		}
		assertThat(personalData.personalData(voter.account()).get("ballots")).asList().isEmpty();
		assertThat(budgeting.ballotCount(id)).isEqualTo(1);
		assertThat(budgeting.ballots(id).get(0).projects()).containsExactly(p.get(1));
	}

	@Test
	void aVoteWithNoBallotsClosesWithAnEmptyResult() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		for (String rule : List.of("MES", "GREEDY", "PHRAGMEN")) {
			long id = setUp(facilitator, rule);
			mvc.perform(post("/budgeting/{id}/close", id).with(user(facilitator)).with(csrf()))
				.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
			mvc.perform(get("/budgeting/{id}/results", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("from no ballots")));
		}
	}

	@Test
	void projectsCanBeRemovedOnlyBeforeVotingOpens() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = budgeting.create("Draft", "Being set up", 100, "GBP", 1, 2, CountingRule.MES, facilitator.account());
		addProject(facilitator, id, "Mistake", "10");
		addProject(facilitator, id, "Keeper", "10");
		long mistake = projectIds(id).get(0);
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(facilitator)))
			.andExpect(content().string(containsString("Remove")));
		mvc.perform(post("/budgeting/{id}/projects/{p}/remove", id, mistake).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.projects(id)).extracting(BudgetProject::title).containsExactly("Keeper");
		budgeting.openVoting(id);
		long keeper = projectIds(id).get(0);
		mvc.perform(post("/budgeting/{id}/projects/{p}/remove", id, keeper).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.projects(id)).hasSize(1);
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		mvc.perform(post("/budgeting/{id}/projects/{p}/remove", id, keeper).with(user(participant)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void budgetingIsOfferedOnTheHomePage() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("Participatory budgeting")));
	}

}
