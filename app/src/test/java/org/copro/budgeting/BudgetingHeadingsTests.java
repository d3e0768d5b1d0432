package org.copro.budgeting;

import java.util.List;

import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbTally;
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
 * A process with two areas: one ballot per voter in each, each counted on its own budget
 * and exported alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingHeadingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	MockHttpServletRequestBuilder ballot(long id, long heading, SignedInAccount voter, Long... projects) {
		MockHttpServletRequestBuilder request = post("/budgeting/{id}/ballot", id).with(user(voter))
			.with(csrf())
			.param("heading", Long.toString(heading));
		for (Long project : projects) {
			request.param("projects", project.toString());
		}
		return request;
	}

	List<Long> projects(long id, long heading) {
		return budgeting.ballotProjects(id, heading).stream().map(BudgetProject::id).toList();
	}

	@Test
	void eachAreaHasItsOwnBudgetBallotsCountAndFile() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = create(mvc, facilitator, "APPROVAL", "MES");
		mvc.perform(post("/budgeting/{id}/headings", id).with(user(facilitator))
			.with(csrf())
			.param("name", "")
			.param("budget", "none"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a name for the area")))
			.andExpect(content().string(containsString("Enter the budget as a whole number greater than 0")));
		mvc.perform(post("/budgeting/{id}/headings", id).with(user(facilitator))
			.with(csrf())
			.param("name", "North ward")
			.param("budget", "50")).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		List<BudgetHeading> headings = budgeting.headings(id);
		assertThat(headings).extracting(BudgetHeading::name).containsExactly("Whole town", "North ward");
		assertThat(budgeting.find(id).budget()).isEqualTo(150);
		long town = headings.get(0).id();
		long north = headings.get(1).id();
		addProject(mvc, facilitator, id, town, "Allotments", "60");
		addProject(mvc, facilitator, id, town, "Benches", "40");
		addProject(mvc, facilitator, id, town, "Cycle racks", "40");
		addProject(mvc, facilitator, id, north, "Play area", "30");
		addProject(mvc, facilitator, id, north, "Library books", "30");
		mvc.perform(get("/budgeting/{id}/manage", id).with(user(facilitator)))
			.andExpect(content().string(containsString("North ward")));
		open(mvc, facilitator, id);
		List<Long> t = projects(id, town);
		List<Long> n = projects(id, north);
		assertThat(t).hasSize(3);
		assertThat(n).hasSize(2);

		mvc.perform(get("/budgeting/{id}", id).param("heading", Long.toString(north)).with(user(facilitator)))
			.andExpect(content().string(containsString("Choose the projects you support in North ward")))
			.andExpect(content().string(containsString("<span lang=\"en\">Play area</span> – £30")));
		SignedInAccount first = accounts.person("Voter", Role.PARTICIPANT);
		// A project of another area is not on this area's ballot.
		mvc.perform(ballot(id, north, first, t.get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select only projects from this ballot")));
		for (int i = 0; i < 6; i++) {
			SignedInAccount voter = i == 0 ? first : accounts.person("Voter " + i, Role.PARTICIPANT);
			mvc.perform(ballot(id, town, voter, i < 4 ? t.get(0) : t.get(1)))
				.andExpect(redirectedUrl("/budgeting/" + id + "?heading=" + town));
			if (i < 3) {
				mvc.perform(ballot(id, north, voter, n.get(i % 2)))
					.andExpect(redirectedUrl("/budgeting/" + id + "?heading=" + north));
			}
		}
		// Changing the ballot in one area leaves one ballot there and the other area's
		// ballot alone.
		mvc.perform(ballot(id, north, first, n.get(1)))
			.andExpect(redirectedUrl("/budgeting/" + id + "?heading=" + north));
		assertThat(budgeting.ballotCount(id, town)).isEqualTo(6);
		assertThat(budgeting.ballotCount(id, north)).isEqualTo(3);
		assertThat(budgeting.ballotCount(id)).isEqualTo(9);
		assertThat(budgeting.ballot(id, town, first.account()).orElseThrow().projects()).containsExactly(t.get(0));
		assertThat(budgeting.ballot(id, north, first.account()).orElseThrow().projects()).containsExactly(n.get(1));
		mvc.perform(get("/budgeting/{id}", id).with(user(first))).andExpect(content().string(containsString("voted")));

		mvc.perform(post("/budgeting/{id}/close", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
		Outcome townResult = budgeting.count(id, town);
		Outcome northResult = budgeting.count(id, north);
		assertThat(townResult.budget()).isEqualByComparingTo("100");
		assertThat(northResult.budget()).isEqualByComparingTo("50");
		// North: two voters for the library books, one for the play area; only one fits
		// in 50.
		assertThat(northResult.selected()).containsExactly(Long.toString(n.get(1)));
		assertThat(townResult.selected()).contains(Long.toString(t.get(0)));

		String pb = mvc.perform(get("/budgeting/{id}/ballots.pb", id).param("heading", Long.toString(north)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		PbFile file = PbReader.parse(pb);
		assertThat(file.budget()).isEqualByComparingTo("50");
		assertThat(file.metaValue("subunit")).isEqualTo("North ward");
		assertThat(file.votes()).hasSize(3);
		assertThat(file.projects()).extracting(project -> project.fields().get("name"))
			.containsExactly("Play area", "Library books");
		assertThat(PbTally.tally(file, CountingRule.MES.options()).selected()).isEqualTo(northResult.selected());

		mvc.perform(get("/budgeting/{id}/results", id).param("heading", Long.toString(north)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Results for North ward")))
			.andExpect(content().string(containsString("1 project is funded from 3 ballots")))
			.andExpect(content().string(containsString("Download the ballots for Whole town (.pb file)")));
		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(content().string(containsString("Results for Whole town")))
			.andExpect(content().string(containsString("from 6 ballots")));
		mvc.perform(get("/budgeting/{id}/result.json", id).param("heading", Long.toString(north)))
			.andExpect(jsonPath("$.heading").value("North ward"))
			.andExpect(jsonPath("$.ballots").value(3))
			.andExpect(jsonPath("$.budget").value(50));
		// Every area in one download: one .pb file each, each with its own budget and
		// ballots.
		byte[] zip = mvc.perform(get("/budgeting/{id}/ballots.zip", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.util.Map<String, PbFile> files = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				files.put(entry.getName(),
						PbReader.parse(new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
			}
		}
		assertThat(files.keySet()).containsExactly("budgeting-" + id + "-" + town + "-whole-town.pb",
				"budgeting-" + id + "-" + north + "-north-ward.pb");
		assertThat(files.values()).extracting(pbFile -> pbFile.votes().size()).containsExactly(6, 3);
		assertThat(files.values()).extracting(PbFile::budget).extracting(Number::intValue).containsExactly(100, 50);
		// An area of another process is not found.
		long other = create(mvc, facilitator, "APPROVAL", "MES");
		mvc.perform(get("/budgeting/{id}", other).param("heading", Long.toString(north)))
			.andExpect(status().isNotFound());
	}

	@Test
	void paperBallotsAreEnteredPerAreaAndAReferenceIsUniqueWithinItsArea() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = create(mvc, facilitator, "APPROVAL", "MES");
		budgeting.addHeading(id, "North ward", 50);
		List<BudgetHeading> headings = budgeting.headings(id);
		long town = headings.get(0).id();
		long north = headings.get(1).id();
		addProject(mvc, facilitator, id, town, "Benches", "40");
		addProject(mvc, facilitator, id, north, "Play area", "30");
		open(mvc, facilitator, id);
		long bench = projects(id, town).get(0);
		long play = projects(id, north).get(0);
		mvc.perform(post("/budgeting/{id}/paper-ballots", id).with(user(facilitator))
			.with(csrf())
			.param("heading", Long.toString(north))
			.param("reference", "P-1")
			.param("projects", Long.toString(play)))
			.andExpect(redirectedUrl("/budgeting/" + id + "/paper-ballots/new?heading=" + north));
		mvc.perform(post("/budgeting/{id}/paper-ballots", id).with(user(facilitator))
			.with(csrf())
			.param("heading", Long.toString(town))
			.param("reference", "P-1")
			.param("projects", Long.toString(bench)))
			.andExpect(redirectedUrl("/budgeting/" + id + "/paper-ballots/new?heading=" + town));
		mvc.perform(post("/budgeting/{id}/paper-ballots", id).with(user(facilitator))
			.with(csrf())
			.param("heading", Long.toString(north))
			.param("reference", "P-1")
			.param("projects", Long.toString(play)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Paper ballot P-1 has already been entered")));
		assertThat(budgeting.ballotCount(id, north)).isEqualTo(1);
		assertThat(budgeting.ballotCount(id, town)).isEqualTo(1);
		mvc.perform(get("/budgeting/{id}/paper-ballots/new", id).param("heading", Long.toString(north))
			.with(user(facilitator)))
			.andExpect(content().string(containsString("Enter a paper ballot for North ward")));
	}

}
