package org.copro.budgeting;

import java.util.List;
import java.util.Locale;

import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbTally;
import org.copro.engines.budgeting.PbVote;
import org.copro.engines.budgeting.TallyOptions;
import org.copro.engines.budgeting.Utility;
import org.copro.engines.budgeting.VoteType;
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
import static org.copro.budgeting.BudgetingTestProcesses.addProject;
import static org.copro.budgeting.BudgetingTestProcesses.create;
import static org.copro.budgeting.BudgetingTestProcesses.open;
import static org.copro.budgeting.BudgetingTestProcesses.processForm;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Knapsack, points and ranking ballots: each checked on the server, counted with its
 * utility, exported as such.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingBallotTypesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Autowired
	BudgetingPersonalData personalData;

	/** A voting process with projects costing 60, 40 and 40 in a budget of 100. */
	long votingProcess(SignedInAccount facilitator, String type, String rule) throws Exception {
		long id = create(mvc, facilitator, type, rule);
		long town = budgeting.firstHeading(id).id();
		addProject(mvc, facilitator, id, town, "Allotments", "60");
		addProject(mvc, facilitator, id, town, "Benches", "40");
		addProject(mvc, facilitator, id, town, "Cycle racks", "40");
		open(mvc, facilitator, id);
		return id;
	}

	List<Long> projects(long id) {
		return budgeting.ballotProjects(id).stream().map(BudgetProject::id).toList();
	}

	MockHttpServletRequestBuilder ballot(long id, SignedInAccount voter) {
		return post("/budgeting/{id}/ballot", id).with(user(voter)).with(csrf());
	}

	PbFile published(long id) throws Exception {
		mvc.perform(post("/budgeting/{id}/close", id).with(user(budgetingOrganiser(id))).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
		PbFile file = PbReader
			.parse(mvc.perform(get("/budgeting/{id}/ballots.pb", id)).andReturn().getResponse().getContentAsString());
		assertThat(file.limitViolations()).isEmpty();
		return file;
	}

	private SignedInAccount organiser;

	private SignedInAccount budgetingOrganiser(long id) {
		return organiser;
	}

	@Test
	void aKnapsackBallotOverTheBudgetIsRefusedShowingItsTotal() throws Exception {
		organiser = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = votingProcess(organiser, "KNAPSACK", "MES");
		List<Long> p = projects(id);
		SignedInAccount voter = accounts.person("Kim Knapsack", Role.PARTICIPANT);
		mvc.perform(get("/budgeting/{id}", id).with(user(voter)))
			.andExpect(content().string(containsString("Choose projects that cost £100 or less in total")));
		mvc.perform(ballot(id, voter).param("projects", p.get(0).toString(), p.get(1).toString(), p.get(2).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"The projects you chose cost £140 in total, more than the £100 budget. Remove a project.")));
		mvc.perform(ballot(id, voter).param("projects", p.get(0).toString(), p.get(1).toString(), p.get(2).toString())
			.locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("yn costio £140 i gyd, mwy na")));
		assertThat(budgeting.ballotCount(id)).isZero();
		// Three ballots within the budget, four of them choosing more than the approval
		// limit of 2 would allow.
		for (int i = 0; i < 4; i++) {
			mvc.perform(ballot(id, accounts.person("Voter", Role.PARTICIPANT)).param("projects",
					i < 3 ? p.get(0).toString() : p.get(1).toString(), p.get(2).toString()))
				.andExpect(redirectedUrl("/budgeting/" + id));
		}
		PbFile file = published(id);
		assertThat(file.voteType()).isEqualTo(VoteType.APPROVAL);
		assertThat(file.metaValue("max_sum_cost")).isEqualTo("100");
		assertThat(budgeting.count(id).selected())
			.isEqualTo(PbTally.tally(file, TallyOptions.mes().withUtility(Utility.COST)).selected())
			.containsExactlyInAnyOrder(Long.toString(p.get(0)), Long.toString(p.get(2)));
	}

	@Test
	void pointsAreCheckedBoxByBoxAndInTotalThenCountedWithPointsUtilities() throws Exception {
		organiser = accounts.person("Fran Facilitator", Role.FACILITATOR);
		mvc.perform(processForm(organiser, "CUMULATIVE", "PHRAGMEN", "20"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Sequential Phragmén counts ticked ballots only")))
			.andExpect(content().string(containsString(
					"The most points for one project (20) must not be more than the points to share out (10)")));
		long id = votingProcess(organiser, "CUMULATIVE", "MES");
		List<Long> p = projects(id);
		SignedInAccount voter = accounts.person("Pat Points", Role.PARTICIPANT);
		mvc.perform(get("/budgeting/{id}", id).with(user(voter)))
			.andExpect(content().string(containsString("name=\"points-" + p.get(0) + "\"")))
			.andExpect(content().string(containsString("10 points in total")));
		mvc.perform(ballot(id, voter).param("points-" + p.get(0), "7").param("points-" + p.get(1), "lots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the points as a whole number from 0 to 6")))
			.andExpect(content().string(containsString("id=\"points-" + p.get(1) + "-error\"")))
			.andExpect(content().string(containsString("value=\"lots\"")));
		mvc.perform(ballot(id, voter).param("points-" + p.get(0), "6").param("points-" + p.get(1), "6"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("You have 10 points to share out, but you gave 12. Take some away.")));
		mvc.perform(ballot(id, voter).param("points-" + p.get(0), "").param("points-" + p.get(1), "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give at least 1 point to a project")));
		assertThat(budgeting.ballotCount(id)).isZero();
		mvc.perform(ballot(id, voter).param("points-" + p.get(0), "6").param("points-" + p.get(2), "4"))
			.andExpect(redirectedUrl("/budgeting/" + id));
		assertThat(budgeting.ballot(id, voter.account()).orElseThrow().choices()).containsEntry(p.get(0), 6)
			.containsEntry(p.get(2), 4)
			.hasSize(2);
		// The voter's download says where and how they voted.
		assertThat(personalData.personalData(voter.account()).get("ballots").toString()).contains("area=Whole town",
				"points={Allotments=6, Cycle racks=4}");
		for (int i = 0; i < 3; i++) {
			mvc.perform(ballot(id, accounts.person("Voter", Role.PARTICIPANT)).param("points-" + p.get(1), "6")
				.param("points-" + p.get(2), "4")).andExpect(redirectedUrl("/budgeting/" + id));
		}
		PbFile file = published(id);
		assertThat(file.voteType()).isEqualTo(VoteType.CUMULATIVE);
		assertThat(file.metaValue("max_sum_points")).isEqualTo("10");
		PbVote first = file.votes().get(0);
		assertThat(first.projects()).containsExactly(p.get(0).toString(), p.get(2).toString());
		assertThat(first.points()).extracting(Number::intValue).containsExactly(6, 4);
		TallyOptions points = TallyOptions.mes().withUtility(Utility.POINTS_COST);
		assertThat(budgeting.count(id).selected()).isEqualTo(PbTally.tally(file, points).selected()).isNotEmpty();
		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Points")))
			.andExpect(content().string(containsString("18 points")));
	}

	@Test
	void ranksMustBeDistinctWithoutGapsAndAreCountedAsOrdinalBallots() throws Exception {
		organiser = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = votingProcess(organiser, "RANKING", "GREEDY");
		List<Long> p = projects(id);
		SignedInAccount voter = accounts.person("Rae Ranker", Role.PARTICIPANT);
		mvc.perform(ballot(id, voter).param("rank-" + p.get(0), "1").param("rank-" + p.get(1), "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rank 1 is given to another project too")));
		mvc.perform(ballot(id, voter).param("rank-" + p.get(0), "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a rank from 1 to 2")));
		mvc.perform(ballot(id, voter).param("rank-" + p.get(0), "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Number your choices 1, 2, 3 and so on")));
		mvc.perform(ballot(id, voter))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rank at least 1 project")));
		mvc.perform(ballot(id, voter).param("rank-" + p.get(0), "1")
			.param("rank-" + p.get(1), "1")
			.locale(Locale.forLanguageTag("cy"))).andExpect(content().string(containsString("i brosiect arall hefyd")));
		assertThat(budgeting.ballotCount(id)).isZero();
		// Ranked second then first: the file lists the first choice first.
		mvc.perform(ballot(id, voter).param("rank-" + p.get(0), "2").param("rank-" + p.get(2), "1"))
			.andExpect(redirectedUrl("/budgeting/" + id));
		for (int i = 0; i < 3; i++) {
			mvc.perform(ballot(id, accounts.person("Voter", Role.PARTICIPANT)).param("rank-" + p.get(1), "1")
				.param("rank-" + p.get(0), "2")).andExpect(redirectedUrl("/budgeting/" + id));
		}
		PbFile file = published(id);
		assertThat(file.voteType()).isEqualTo(VoteType.ORDINAL);
		assertThat(file.votes().get(0).projects()).containsExactly(p.get(2).toString(), p.get(0).toString());
		TallyOptions greedy = TallyOptions.of(TallyOptions.Rule.GREEDY).withUtility(Utility.POINTS_COST);
		// Benches: 3 voters × 2 points = 6; allotments 1 + 3 = 4; cycle racks 2. Benches
		// (40) then allotments (60).
		assertThat(budgeting.count(id).selected()).isEqualTo(PbTally.tally(file, greedy).selected())
			.containsExactly(Long.toString(p.get(1)), Long.toString(p.get(0)));
	}

}
