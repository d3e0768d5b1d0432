package org.copro.engines.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpinionCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private static String resource(String name) {
		try {
			return Path.of(OpinionCommandTests.class.getResource("/opinion/" + name).toURI()).toString();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private int run(String... args) {
		return CoproCli.run(new PrintWriter(out), new PrintWriter(err), args);
	}

	@Test
	void analyzePrintsGroupsAndConsensusAsJson() {
		int exit = run("opinion", "analyze", "--votes", resource("votes.csv"), "--comments", resource("comments.csv"));

		assertThat(exit).as(err.toString()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString());
		assertThat(json.get("participants").asInt()).isEqualTo(3);
		// Statement 1 is moderated out, leaving 0 and 2.
		assertThat(json.get("statements").asInt()).isEqualTo(2);
		assertThat(json.get("groups")).hasSize(2);
		int members = 0;
		for (JsonNode group : json.get("groups")) {
			members += group.get("members").size();
			for (JsonNode r : group.get("representative")) {
				assertThat(r.get("statement").asString()).isNotEqualTo("1");
				assertThat(r.get("direction").asString()).isIn("agree", "disagree");
			}
		}
		assertThat(members).isEqualTo(3);
		assertThat(json.get("consensus").has("agree")).isTrue();
		assertThat(json.get("consensus").has("disagree")).isTrue();
	}

	@Test
	void analyzeReadsTheWideExportAndPrintsText() {
		int exit = run("opinion", "analyze", "--votes", resource("participants-votes.csv"), "--format", "text");

		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).startsWith("3 participants, 3 statements");
	}

	@Test
	void badInputExitsWithTwoAndOneLineNamingFileAndLine() {
		int exit = run("opinion", "analyze", "--votes", resource("bad-vote.csv"));

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("bad-vote.csv:3: vote must be").hasLineCount(1);
	}

	@Test
	void aMissingFileExitsWithTwo() {
		int exit = run("opinion", "analyze", "--votes", "no-such-votes.csv");

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("no-such-votes.csv").hasLineCount(1);
	}

}
