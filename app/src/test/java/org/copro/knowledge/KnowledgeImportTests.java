package org.copro.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class KnowledgeImportTests {

	private final PrintStream originalErr = System.err;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Autowired
	KnowledgeImport knowledgeImport;

	@Autowired
	KnowledgeEntryRepository entries;

	@TempDir
	Path folder;

	@AfterEach
	void restoreErr() {
		System.setErr(originalErr);
	}

	private int run(String... args) throws Exception {
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		KnowledgeImportCommand command = new KnowledgeImportCommand(knowledgeImport);
		command.run(new DefaultApplicationArguments(args));
		System.setErr(originalErr);
		return command.getExitCode();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws Exception {
		Path file = folder.resolve("entries.jsonl");
		Files.writeString(file, """
				{"id": "import-a", "type": "method", "title": "World café", "summary": "Small tables, rotating."}
				{"id": "import-b", "type": "research", "title": "Evaluating co-production", "lang": "en"}
				""");
		assertThat(run("kb", "import", file.toString())).isZero();
		assertThat(err.toString()).contains("2 created, 0 updated, 0 unchanged");
		err.reset();
		assertThat(run("kb", "import", file.toString())).isZero();
		assertThat(err.toString()).contains("0 created, 0 updated, 2 unchanged");
		Files.writeString(file, """
				{"id": "import-a", "type": "method", "title": "World café", "summary": "Small tables, rotating often."}
				""");
		err.reset();
		assertThat(run("kb", "import", file.toString())).isZero();
		assertThat(err.toString()).contains("0 created, 1 updated, 0 unchanged");
		assertThat(entries.findByExternalId("import-a").orElseThrow().summary())
			.isEqualTo("Small tables, rotating often.");
	}

	@Test
	void reportsEachProblemWithItsLineAndSavesNothing() throws Exception {
		Path file = folder.resolve("broken.jsonl");
		Files.writeString(file, """
				{"id": "broken-a", "title": "Fine"}
				{"id": "broken-b", "title": "Broken
				{"id": "broken-c", "type": "poem", "title": ""}

				{"id": "broken-a", "title": "Again"}
				""");
		assertThat(run("kb", "import", file.toString())).isEqualTo(2);
		assertThat(err.toString()).contains("copro: " + file + ":2: not valid JSON")
			.contains("copro: " + file + ":3: unknown type 'poem'")
			.contains("the title is missing")
			.contains("copro: " + file + ":5: the id 'broken-a' is also on line 1")
			.contains("nothing imported");
		assertThat(entries.findByExternalId("broken-a")).isEmpty();
	}

	@Test
	void readsCsvWithListsAndQuotedLines() throws Exception {
		Path file = folder.resolve("entries.csv");
		Files.writeString(file, """
				id,type,title,summary,approaches,country,start_date
				csv-a,case,"Tenants' panel, Swansea","Tenants shaped repairs.
				Over two years.",Co-production;Citizens' Panel,United Kingdom,2016
				csv-b,guide,,No title here,,,
				""");
		assertThat(run("kb", "import", file.toString())).isEqualTo(2);
		assertThat(err.toString()).contains(":4: the title is missing");
		Files.writeString(file, """
				id,type,title,summary,approaches,country,start_date
				csv-a,case,"Tenants' panel, Swansea","Tenants shaped repairs.
				Over two years.",Co-production;Citizens' Panel,United Kingdom,2016
				""");
		assertThat(run("kb", "import", file.toString())).isZero();
		KnowledgeEntry entry = entries.findByExternalId("csv-a").orElseThrow();
		assertThat(entry.approaches()).containsExactly("Co-production", "Citizens' Panel");
		assertThat(entry.startYear()).isEqualTo(2016);
	}

	@Test
	void refusesAMissingFileOrAnUnknownCommand() throws Exception {
		assertThat(run("kb", "import", folder.resolve("absent.jsonl").toString())).isEqualTo(2);
		assertThat(err.toString()).contains("no such file");
		assertThat(run("kb", "export")).isEqualTo(2);
	}

}
