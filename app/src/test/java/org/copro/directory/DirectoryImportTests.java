package org.copro.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing an existing list: a preview with every problem by line and column, then all
 * or nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = DirectoryImportTests.class.getResourceAsStream("/directory/" + name)) {
			return in.readAllBytes();
		}
	}

	String upload(SignedInAccount admin, String fixture) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/directory/admin/import")
				.file(new MockMultipartFile("file", fixture, "text/csv", fixture(fixture)))
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/directory/admin/import/*"))
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	@Test
	void theReaderNamesEveryProblemByLineAndColumn() throws IOException {
		OrganisationCsv.Reading reading = OrganisationCsv.read(new InputStreamReader(
				DirectoryImportTests.class.getResourceAsStream("/directory/organisations-with-errors.csv"),
				StandardCharsets.UTF_8));
		assertThat(reading.ok()).isFalse();
		assertThat(reading.problems()).extracting(p -> p.line() + ":" + p.field())
			.containsExactly("3:name", "4:sector", "4:contact_email", "5:willingness", "5:areas");
		assertThat(reading.rows()).extracting(OrganisationCsv.Row::line).containsExactly(2L);
	}

	@Test
	void aFileWithProblemsIsPreviewedAndNothingIsSaved() throws Exception {
		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		long before = organisations.all().size();
		String preview = upload(admin, "organisations-with-errors.csv");
		mvc.perform(get(preview).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are 5 problems in the file")))
			.andExpect(content().string(containsString("Nothing has been saved")))
			.andExpect(content().string(containsString("“ATLANTIS” is not one of the codes this column takes")))
			.andExpect(content().string(not(containsString("Import 1 organisations"))));
		mvc.perform(post(preview + "/confirm").with(user(admin)).with(csrf())).andExpect(redirectedUrl(preview));
		assertThat(organisations.all()).hasSize((int) before);
		assertThat(organisations.all()).extracting(Organisation::name).doesNotContain("Newport Tenants Forum");
	}

	@Test
	void aGoodFileIsSavedWholeOnceConfirmedAndOnlyOnce() throws Exception {
		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		long before = organisations.all().size();
		String preview = upload(admin, "organisations-sample.csv");
		mvc.perform(get(preview).with(user(admin)))
			.andExpect(content().string(containsString("The file is ready: 3 organisations will be added.")))
			.andExpect(content().string(containsString("Gwynedd Youth Voice")));
		assertThat(organisations.all()).hasSize((int) before);

		SignedInAccount otherAdmin = accounts.person("Other Admin", Role.ADMINISTRATOR);
		mvc.perform(post(preview + "/confirm").with(user(otherAdmin)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(preview + "/confirm").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/directory/admin"));
		assertThat(organisations.all()).hasSize((int) before + 3);
		mvc.perform(post(preview + "/confirm").with(user(admin)).with(csrf())).andExpect(status().isNotFound());
		assertThat(organisations.all()).hasSize((int) before + 3);
		mvc.perform(get("/directory").param("q", "Cardiff Carers").param("area", "VALE_OF_GLAMORGAN"))
			.andExpect(content().string(containsString("Cardiff Carers Network")))
			.andExpect(content().string(not(containsString("hello@cardiffcarers.example.org"))));
	}

	@Test
	void anImportWithoutAFileOrWithTooLargeAFileShowsThePageAgainWithTheErrorAt400() throws Exception {
		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		long before = organisations.all().size();
		mvc.perform(multipart("/directory/admin/import")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.with(user(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: Import and export organisations")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#file\">Select a CSV file</a>")))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"file-error\"")));
		byte[] large = new byte[(int) DirectoryAdminController.MAX_UPLOAD_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		mvc.perform(
				multipart("/directory/admin/import").file(new MockMultipartFile("file", "big.csv", "text/csv", large))
					.with(user(admin))
					.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<a href=\"#file\">The file must be 5 MB or smaller</a>")))
			.andExpect(content().string(containsString("govuk-file-upload--error")));
		mvc.perform(multipart("/directory/admin/import").with(user(admin))
			.with(csrf())
			.locale(java.util.Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mae problem wedi codi")))
			.andExpect(content().string(containsString("<a href=\"#file\">Dewiswch ffeil CSV</a>")));
		assertThat(organisations.all()).hasSize((int) before);
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		SignedInAccount moderator = accounts.person("Mod", Role.MODERATOR);
		mvc.perform(multipart("/directory/admin/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", fixture("organisations-sample.csv")))
			.with(user(moderator))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/directory/admin").with(user(moderator))).andExpect(status().isForbidden());
	}

	@Test
	void anImportMayGiveTheLanguageOfTheText() throws Exception {
		String csv = """
				name,description,sector,size,willingness,areas,contact_email,language
				Tenantiaid,Rydym yn gweithio gyda thenantiaid.,HOUSING,SMALL,READY,NEWPORT,t@example.org,cy
				Tenants,We work with tenants.,HOUSING,SMALL,READY,NEWPORT,e@example.org,
				Locataires,Nous travaillons.,HOUSING,SMALL,READY,NEWPORT,f@example.org,fr
				""";
		OrganisationCsv.Reading reading = OrganisationCsv.read(new java.io.StringReader(csv));
		assertThat(reading.rows()).extracting(row -> row.details().language()).containsExactly("cy", "en");
		assertThat(reading.problems()).extracting(problem -> problem.line() + ":" + problem.field())
			.containsExactly("4:language");
	}

	@Test
	void anExportImportsBackUnchanged() throws Exception {
		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		upload(admin, "organisations-sample.csv");
		String csv = OrganisationCsv.write(organisations.all());
		OrganisationCsv.Reading reading = OrganisationCsv.read(new java.io.StringReader(csv));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.rows()).extracting(row -> row.details())
			.containsExactlyElementsOf(organisations.all().stream().map(Organisation::details).toList());
	}

}
