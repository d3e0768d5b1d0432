package org.copro.budgeting;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbVote;
import org.copro.engines.budgeting.PbTally;
import org.copro.engines.budgeting.TallyOptions;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Facilitators import a pabulib .pb file: all of it or nothing, errors by line, counted
 * with the file's rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = BudgetingImportTests.class.getResourceAsStream("/budgeting/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	static MockMultipartFile file(String name) throws IOException {
		return new MockMultipartFile("file", name, "text/plain", fixture(name));
	}

	@Test
	void aFacilitatorImportsAFileAndItsResultCountsWithTheFilesRule() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		mvc.perform(get("/budgeting/import").with(user(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import a .pb file")));
		MvcResult imported = mvc.perform(
				multipart("/budgeting/import").file(file("import_approval.pb")).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrlPattern("/budgeting/*/results"))
			.andReturn();
		long id = Long.parseLong(imported.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		BudgetingProcess process = budgeting.find(id);
		assertThat(process.closed()).isTrue();
		assertThat(process.title()).isEqualTo("Greenfield community budget 2026");
		assertThat(process.rule()).isEqualTo(CountingRule.GREEDY);
		assertThat(process.budget()).isEqualTo(100);
		assertThat(budgeting.projects(id)).extracting(BudgetProject::title)
			.containsExactly("Park \"green\" gym", "Library books", "Bench", "Road crossing");
		assertThat(budgeting.ballotCount(id)).isEqualTo(6);
		assertThat(budgeting.importedBallotCount(id)).isEqualTo(6);

		// The platform's count agrees with the engine counting the original file with its
		// own rule.
		PbFile original = PbReader
			.parse(new String(fixture("import_approval.pb"), java.nio.charset.StandardCharsets.UTF_8));
		List<String> expected = PbTally.tally(original, TallyOptions.of(TallyOptions.Rule.OFFICIAL)).selected();
		assertThat(expected).containsExactly("a", "b");
		List<String> titles = budgeting.count(id)
			.selected()
			.stream()
			.map(selected -> budgeting.project(id, Long.parseLong(selected)).title())
			.toList();
		assertThat(titles).containsExactly("Park \"green\" gym", "Library books");

		mvc.perform(get("/budgeting/{id}/results", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 ballots were imported from a .pb file")));
		String pb = mvc.perform(get("/budgeting/{id}/ballots.pb", id)).andReturn().getResponse().getContentAsString();
		assertThat(PbReader.parse(pb).votes()).hasSize(6)
			.allSatisfy(vote -> assertThat(vote.fields().get("source")).isEqualTo("imported"));
	}

	@Test
	void aBrokenFileIsRefusedWithItsLinesAndNothingIsSaved() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		int before = budgeting.list().size();
		mvc.perform(multipart("/budgeting/import").file(file("import_unknown_project.pb"))
			.with(user(facilitator))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file was not imported")))
			.andExpect(content().string(containsString("Line 14:")));
		mvc.perform(
				multipart("/budgeting/import").file(file("import_too_long.pb")).with(user(facilitator)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 15:")))
			.andExpect(content().string(containsString("Line 17:")));
		mvc.perform(multipart("/budgeting/import")
			.file(new MockMultipartFile("file", "bad.pb", "text/plain", new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 }))
			.with(user(facilitator))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is not UTF-8 text")));
		mvc.perform(multipart("/budgeting/import").with(user(facilitator)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select a .pb file to import")));
		assertThat(budgeting.list()).hasSize(before);
	}

	@Test
	void onlyFacilitatorsImport() throws Exception {
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		int before = budgeting.list().size();
		mvc.perform(get("/budgeting/import").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(
				multipart("/budgeting/import").file(file("import_approval.pb")).with(user(participant)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(budgeting.list()).hasSize(before);
	}

	@Test
	void theReadersProblemsAreShownInWelshWithTheirLines() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		mvc.perform(multipart("/budgeting/import").file(file("import_unknown_project.pb"))
			.with(user(facilitator))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 14: Voter")))
			.andExpect(content().string(containsString("which is not in PROJECTS")));
		mvc.perform(multipart("/budgeting/import").file(file("import_unknown_project.pb"))
			.with(user(facilitator))
			.with(csrf())
			.locale(java.util.Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Llinell 14: Mae pleidleisiwr")))
			.andExpect(content().string(containsString("nad yw yn PROJECTS")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("votes for unknown project"))));
		mvc.perform(multipart("/budgeting/import").file(file("import_too_long.pb"))
			.with(user(facilitator))
			.with(csrf())
			.locale(java.util.Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Llinell 15: Dewisodd pleidleisiwr")))
			.andExpect(content().string(containsString("mwy na max_length")));
		// A structural problem, and one the platform does not recognise, keep their lines
		// too.
		byte[] noVotes = "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\n".getBytes();
		mvc.perform(multipart("/budgeting/import").file(new MockMultipartFile("file", "x.pb", "text/plain", noVotes))
			.with(user(facilitator))
			.with(csrf())
			.locale(java.util.Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nid oes adran VOTES yn y ffeil")));
		byte[] badCost = "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;lots\nVOTES\nvoter_id;vote\n"
			.getBytes();
		mvc.perform(multipart("/budgeting/import").file(new MockMultipartFile("file", "x.pb", "text/plain", badCost))
			.with(user(facilitator))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 6: The cost of project")));
	}

	@Test
	void anUploadOverTheLimitGivesTheFormBackWithAnError() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		byte[] huge = new byte[13 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'a');
		mvc.perform(multipart("/budgeting/import").file(new MockMultipartFile("file", "big.pb", "text/plain", huge))
			.with(user(facilitator))
			.with(csrf())
			.with(request -> {
				request.addHeader("Content-Length", huge.length + 200);
				return request;
			})).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/budgeting/import?too-large"));
		mvc.perform(get("/budgeting/import").param("too-large", "").with(user(facilitator)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The file is larger than 12 MB")))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("type=\"file\"")));
		mvc.perform(get("/budgeting/import").param("too-large", "")
			.with(user(facilitator))
			.locale(java.util.Locale.forLanguageTag("cy")))
			.andExpect(content().string(containsString("Mae&#39;r ffeil yn fwy na 12 MB")));
	}

	@Test
	void aDistrictInItsOwnFileIsImportedAsAnotherAreaAndPointsBallotsKeepTheirPoints() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		MvcResult imported = mvc.perform(
				multipart("/budgeting/import").file(file("import_approval.pb")).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrlPattern("/budgeting/*/results"))
			.andReturn();
		long id = Long.parseLong(imported.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		mvc.perform(get("/budgeting/{id}/results", id).with(user(facilitator)))
			.andExpect(content().string(containsString("Import another area from a .pb file")));
		// A cumulative file does not join an approval process.
		mvc.perform(multipart("/budgeting/{id}/import", id).file(file("import_cumulative.pb"))
			.with(user(facilitator))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("This file has cumulative ballots, but this process has approval")));
		SignedInAccount other = accounts.person("Fred Facilitator", Role.FACILITATOR);
		mvc.perform(
				multipart("/budgeting/{id}/import", id).file(file("import_district.pb")).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/budgeting/{id}/import", id).file(file("import_district.pb"))
			.with(user(facilitator))
			.with(csrf())).andExpect(redirectedUrlPattern("/budgeting/" + id + "/results?heading=*"));
		List<BudgetHeading> headings = budgeting.headings(id);
		assertThat(headings).extracting(BudgetHeading::name)
			.containsExactly("Greenfield community budget 2026", "North ward");
		long north = headings.get(1).id();
		assertThat(budgeting.ballotCount(id, north)).isEqualTo(3);
		assertThat(budgeting.count(id, north).selected()).hasSize(1);
		assertThat(budgeting.find(id).budget()).isEqualTo(150);

		MvcResult points = mvc.perform(
				multipart("/budgeting/import").file(file("import_cumulative.pb")).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrlPattern("/budgeting/*/results"))
			.andReturn();
		long cumulative = Long
			.parseLong(points.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		assertThat(budgeting.find(cumulative).ballotType()).isEqualTo(BallotType.CUMULATIVE);
		assertThat(budgeting.find(cumulative).pointsTotal()).isEqualTo(10);
		PbFile original = PbReader
			.parse(new String(fixture("import_cumulative.pb"), java.nio.charset.StandardCharsets.UTF_8));
		PbFile exported = PbReader.parse(mvc.perform(get("/budgeting/{id}/ballots.pb", cumulative))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(exported.votes()).extracting(PbVote::points)
			.containsExactlyElementsOf(original.votes().stream().map(PbVote::points).toList());
		List<String> titles = budgeting.count(cumulative)
			.selected()
			.stream()
			.map(selected -> budgeting.project(cumulative, Long.parseLong(selected)).title())
			.toList();
		List<String> expected = PbTally.tally(original, CountingRule.GREEDY.options(BallotType.CUMULATIVE))
			.selected()
			.stream()
			.map(id2 -> original.projects()
				.stream()
				.filter(p -> p.id().equals(id2))
				.findFirst()
				.orElseThrow()
				.fields()
				.get("name"))
			.toList();
		assertThat(titles).isEqualTo(expected).isNotEmpty();
	}

}
