package org.copro.engines.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SortitionCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return CoproCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	private static String fixture(String name) throws URISyntaxException {
		return Path.of(SortitionCommandTests.class.getResource("/sortition/" + name).toURI()).toString();
	}

	@Test
	void selectPrintsOneJsonDocument() throws Exception {
		int code = run("sortition", "select", "--categories", fixture("tiny/categories.csv"), "--respondents",
				fixture("tiny/respondents.csv"), "--panel-size", "5", "--seed", "42", "--lottery", "20");

		assertThat(code).as(err.toString()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString());
		assertThat(json.get("algorithm").asString()).isEqualTo("leximin");
		assertThat(json.get("probabilities").size()).isEqualTo(9);
		assertThat(json.get("panel").size()).isEqualTo(5);
		assertThat(json.get("minProbability").asDouble()).isPositive();
		assertThat(json.get("distribution").isArray()).isTrue();
		assertThat(json.get("lottery").get("panels").size()).isEqualTo(20);
		assertThat(json.get("lottery").get("drawn").asInt()).isEqualTo(2);
		double sum = 0;
		for (JsonNode probability : json.get("probabilities")) {
			sum += probability.asDouble();
		}
		assertThat(sum).isCloseTo(5, org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void legacyAndTextFormat() throws Exception {
		int code = run("sortition", "select", "--categories", fixture("tiny/categories.csv"), "--respondents",
				fixture("tiny/respondents.csv"), "--panel-size", "5", "--algorithm", "legacy", "--samples", "200",
				"--format", "text");

		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).startsWith("LEGACY selection of 5 from 9 respondents")
			.contains("estimated from 200 draws");
	}

	@Test
	void infeasibleQuotasExitWithTwoAndTheRelaxation() throws Exception {
		int code = run("sortition", "select", "--categories", fixture("infeasible/categories.csv"), "--respondents",
				fixture("infeasible/respondents.csv"), "--panel-size", "6");

		assertThat(code).isEqualTo(2);
		assertThat(out.toString()).isEmpty();
		assertThat(err.toString().strip()).doesNotContain("\n")
			.contains("age/young [4, 5] -> [3, 5]")
			.contains("age/old [2, 2] -> [2, 3]");
	}

	@Test
	void checkReportsTheRelaxationAsJson() throws Exception {
		int code = run("sortition", "check", "--categories", fixture("infeasible/categories.csv"), "--respondents",
				fixture("infeasible/respondents.csv"), "--panel-size", "6");

		assertThat(code).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString());
		assertThat(json.get("feasible").asBoolean()).isFalse();
		assertThat(json.get("relaxations").size()).isEqualTo(2);
	}

	@Test
	void badInputNamesFileAndLine() throws Exception {
		int code = run("sortition", "select", "--categories", fixture("tiny/respondents.csv"), "--respondents",
				fixture("tiny/respondents.csv"), "--panel-size", "5");

		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).contains("respondents.csv:1: expected a header");
	}

}
