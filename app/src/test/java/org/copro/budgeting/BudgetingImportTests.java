package org.copro.budgeting;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Facilitators import a pabulib .pb file: all of it or nothing, errors by line, counted with the file's rule. */
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
		MvcResult imported = mvc.perform(multipart("/budgeting/import").file(file("import_approval.pb"))
				.with(user(facilitator)).with(csrf()))
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

		// The platform's count agrees with the engine counting the original file with its own rule.
		PbFile original = PbReader.parse(new String(fixture("import_approval.pb"), java.nio.charset.StandardCharsets.UTF_8));
		List<String> expected = PbTally.tally(original, TallyOptions.of(TallyOptions.Rule.OFFICIAL)).selected();
		assertThat(expected).containsExactly("a", "b");
		List<String> titles = budgeting.count(id).selected().stream()
			.map(selected -> budgeting.project(id, Long.parseLong(selected)).title()).toList();
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
				.with(user(facilitator)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file was not imported")))
			.andExpect(content().string(containsString("Line 14:")));
		mvc.perform(multipart("/budgeting/import").file(file("import_too_long.pb"))
				.with(user(facilitator)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 15:")))
			.andExpect(content().string(containsString("Line 17:")));
		mvc.perform(multipart("/budgeting/import")
				.file(new MockMultipartFile("file", "bad.pb", "text/plain", new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 }))
				.with(user(facilitator)).with(csrf()))
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
		mvc.perform(multipart("/budgeting/import").file(file("import_approval.pb"))
				.with(user(participant)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(budgeting.list()).hasSize(before);
	}
}
