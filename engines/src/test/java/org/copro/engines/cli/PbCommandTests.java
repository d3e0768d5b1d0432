package org.copro.engines.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PbCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return CoproCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	private static String fixture(String name) {
		try {
			return Path.of(PbCommandTests.class.getResource("/budgeting/" + name).toURI()).toString();
		}
		catch (URISyntaxException exception) {
			throw new IllegalStateException(exception);
		}
	}

	@Test
	void tallyPrintsOneJsonLinePerFile() {
		int code = run("pb", "tally", fixture("small_approval.pb"), fixture("small_ordinal.pb"), "--rule", "greedy");
		assertThat(code).isZero();
		List<String> lines = out.toString().lines().toList();
		assertThat(lines).hasSize(2);
		JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(first.get("rule").asString()).isEqualTo("greedy/cost");
		assertThat(first.get("selected").toString()).isEqualTo("[\"a\",\"b\"]");
		assertThat(first.get("totalCost").asLong()).isEqualTo(100);
		assertThat(first.get("budget").asLong()).isEqualTo(100);
	}

	@Test
	void equalSharesWithExplanationSaysWhoPaidWhat() {
		int code = run("pb", "tally", fixture("small_approval.pb"), "--rule", "mes", "--completion", "add1",
				"--explain");
		assertThat(code).isZero();
		JsonNode result = JsonMapper.builder().build().readTree(out.toString());
		assertThat(result.get("selected").toString()).isEqualTo("[\"a\",\"c\"]");
		assertThat(result.get("endowment").asDouble()).isEqualTo(23.0);
		JsonNode c = result.get("payments").get(1);
		assertThat(c.get("project").asString()).isEqualTo("c");
		assertThat(c.get("shares").get(0).get("amount").asDouble()).isEqualTo(8.0);
		assertThat(c.get("shares").get(0).get("voters").asLong()).isEqualTo(1);
	}

	@Test
	void officialRuleAndTextFormat() {
		int code = run("pb", "tally", fixture("small_approval.pb"), "--rule", "official", "--format", "text");
		assertThat(code).isZero();
		assertThat(out.toString()).contains("official:greedy").contains("selected (2): a, b");
	}

	@Test
	void badFileExitsWithTwoAndNamesFileAndLine() {
		int code = run("pb", "tally", fixture("bad_unknown_project.pb"), "--rule", "mes");
		assertThat(code).isEqualTo(2);
		assertThat(out.toString()).isEmpty();
		assertThat(err.toString().strip()).startsWith("copro: ")
			.contains("bad_unknown_project.pb:11:")
			.contains("unknown project 'z'")
			.doesNotContain("\n");
	}

	@Test
	void limitViolationsAreReportedOrRefused() {
		assertThat(run("pb", "tally", fixture("bad_limits.pb"), "--rule", "greedy")).isZero();
		assertThat(err.toString()).contains("warning").contains("bad_limits.pb:17:");
		assertThat(out.toString()).contains("\"limitViolations\":{\"count\":2");
		StringWriter strictErr = new StringWriter();
		int code = CoproCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(strictErr, true), "pb",
				"tally", fixture("bad_limits.pb"), "--rule", "greedy", "--limits", "strict");
		assertThat(code).isEqualTo(2);
		assertThat(strictErr.toString())
			.contains("bad_limits.pb:17: voter '2' lists 3 projects, more than max_length 2");
	}

	@Test
	void unknownOptionValueIsBadInput() {
		assertThat(run("pb", "tally", fixture("small_approval.pb"), "--rule", "borda")).isEqualTo(2);
		assertThat(err.toString()).contains("--rule must be one of");
	}

}
