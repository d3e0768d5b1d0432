package org.copro.engines.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Parity with the Polis math worker's own output on the five reddwarf fixtures in
 * ../shared/data/polis/reddwarf-fixtures (skipped when that folder is absent). The math
 * worker works in the database convention (agree = −1), so its means and projections are
 * ours negated.
 */
class PolisFixtureTests {

	static Stream<String> fixtures() {
		return Stream.of("below-100-ptpts", "25ptpt-3gp-no-strict-with-meta", "50ptpt-3gp-strict-no-meta",
				"150ptpt-3gp-no-strict-no-meta", "above-100-ptpts");
	}

	static PolisFixture load(String name) throws Exception {
		Path dir = PolisFixture.fixtures();
		Assumptions.assumeTrue(dir != null && Files.isDirectory(dir.resolve(name)),
				"../shared/data/polis/reddwarf-fixtures absent: skipping");
		return PolisFixture.load(dir.resolve(name));
	}

	private static boolean[] excluded(PolisFixture f) {
		return OpinionAnalyzer.excludedColumns(f.votes(), f.statements());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void leavesOutTheStatementsPolisModeratesOut(String name) throws Exception {
		PolisFixture f = load(name);
		boolean[] excluded = excluded(f);
		List<String> ours = new ArrayList<>();
		for (int j = 0; j < excluded.length; j++) {
			if (excluded[j]) {
				ours.add(f.votes().statements().get(j));
			}
		}
		List<String> theirs = new ArrayList<>();
		f.math().get("mod-out").forEach(t -> theirs.add(Long.toString(t.asLong())));
		theirs.retainAll(f.votes().statements());

		assertThat(ours).containsExactlyInAnyOrderElementsOf(theirs);
		assertThat(f.votes().statements()).hasSize(f.math().get("n-cmts").asInt());
		assertThat(f.votes().participantCount()).isEqualTo(f.math().get("n").asInt());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void principalComponentsEqualPolisUpToSign(String name) throws Exception {
		PolisFixture f = load(name);
		PrincipalComponents.Result pca = PrincipalComponents.compute(f.votes(), excluded(f), 2);
		JsonNode theirs = f.math().get("pca");

		for (int j = 0; j < f.votes().statementCount(); j++) {
			assertThat(pca.center()[j]).isCloseTo(-theirs.get("center").get(j).asDouble(), within(1e-9));
		}
		for (int k = 0; k < 2; k++) {
			double sign = Math.signum(dot(pca.components()[k], theirs.get("comps").get(k)));
			for (int j = 0; j < f.votes().statementCount(); j++) {
				assertThat(sign * pca.components()[k][j]).as("component %d, statement %d", k, j)
					.isCloseTo(theirs.get("comps").get(k).get(j).asDouble(), within(1e-6));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void projectsParticipantsWherePolisDoes(String name) throws Exception {
		PolisFixture f = load(name);
		boolean[] excluded = excluded(f);
		PrincipalComponents.Result pca = PrincipalComponents.compute(f.votes(), excluded, 2);
		double[][] projections = OpinionAnalyzer.project(f.votes(), excluded, pca);
		JsonNode base = f.math().get("base-clusters");
		JsonNode comps = f.math().get("pca").get("comps");
		double[] sign = { Math.signum(dot(pca.components()[0], comps.get(0))),
				Math.signum(dot(pca.components()[1], comps.get(1))) };
		int checked = 0;
		for (int b = 0; b < base.get("id").size(); b++) {
			// A base cluster of one participant sits exactly at that participant's
			// projection.
			if (base.get("count").get(b).asInt() != 1) {
				continue;
			}
			int row = f.votes().participants().indexOf(Long.toString(base.get("members").get(b).get(0).asLong()));
			// Agree is -1 for the math worker: its projections are ours negated, up to
			// each axis's sign.
			assertThat(-sign[0] * projections[row][0]).isCloseTo(base.get("x").get(b).asDouble(), within(1e-6));
			assertThat(-sign[1] * projections[row][1]).isCloseTo(base.get("y").get(b).asDouble(), within(1e-6));
			checked++;
		}
		assertThat(checked).isPositive();
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void findsAsManyGroupsAsPolisFromItsBaseClusters(String name) throws Exception {
		PolisFixture f = load(name);
		// Polis's base clusters depend on its history (who was ever "in" the
		// conversation, last run's
		// clusters); from them, our choice of k by silhouette must find Polis's number of
		// groups.
		JsonNode base = f.math().get("base-clusters");
		int b = base.get("id").size();
		double[] x = new double[b];
		double[] y = new double[b];
		double[] weight = new double[b];
		for (int i = 0; i < b; i++) {
			x[i] = base.get("x").get(i).asDouble();
			y[i] = base.get("y").get(i).asDouble();
			weight[i] = base.get("count").get(i).asDouble();
		}
		int[] groups = OpinionAnalyzer.groupBaseClusters(new OpinionAnalyzer.BaseClusters(x, y, weight, new int[0]),
				OpinionAnalyzer.Options.polis());

		assertThat(java.util.Arrays.stream(groups).distinct().count()).isEqualTo(f.groupCount());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void endToEndFindsAsManyGroupsAsPolisWhereItsHistoryDoesNotMatter(String name) throws Exception {
		PolisFixture f = load(name);
		Assumptions.assumeFalse(name.equals("above-100-ptpts"),
				"above-100-ptpts: Polis grouped 208 participants kept from earlier runs (we group the 176 "
						+ "who qualify now); k = 3, 4, 5 score within 0.002 of each other");
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(f.votes(), f.statements());

		assertThat(analysis.groups()).hasSize(f.groupCount());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void selectsPolisRepresentativeStatementsForPolisGroups(String name) throws Exception {
		PolisFixture f = load(name);
		List<List<RepresentativeStatement>> ours = OpinionAnalyzer.representativeStatements(f.votes(), f.statements(),
				f.groupOf());

		assertThat(ours).hasSize(f.groupCount());
		for (int g = 0; g < ours.size(); g++) {
			String id = Integer.toString(f.math().get("group-clusters").get(g).get("id").asInt());
			JsonNode theirs = f.math().get("repness").get(id);
			assertThat(ours.get(g)).as("group %s", id).hasSize(theirs.size());
			for (int r = 0; r < theirs.size(); r++) {
				RepresentativeStatement our = ours.get(g).get(r);
				JsonNode their = theirs.get(r);
				assertThat(our.statement()).as("group %s, rank %d", id, r)
					.isEqualTo(Long.toString(their.get("tid").asLong()));
				assertThat(our.direction().label()).isEqualTo(their.get("repful-for").asString());
				assertThat(our.successes()).isEqualTo(their.get("n-success").asInt());
				assertThat(our.trials()).isEqualTo(their.get("n-trials").asInt());
				assertThat(our.probability()).isCloseTo(their.get("p-success").asDouble(), within(1e-9));
				assertThat(our.probabilityTest()).isCloseTo(their.get("p-test").asDouble(), within(1e-9));
				assertThat(our.repness()).isCloseTo(their.get("repness").asDouble(), within(1e-9));
				assertThat(our.repnessTest()).isCloseTo(their.get("repness-test").asDouble(), within(1e-5));
				assertThat(our.bestAgree()).isEqualTo(their.has("best-agree"));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void selectsPolisConsensusStatements(String name) throws Exception {
		PolisFixture f = load(name);
		for (Direction direction : Direction.values()) {
			List<ConsensusStatement> ours = OpinionAnalyzer.consensus(f.votes(), f.statements(), direction);
			JsonNode theirs = f.math().get("consensus").get(direction.label());

			assertThat(ours).as(direction.label()).hasSize(theirs.size());
			for (int r = 0; r < theirs.size(); r++) {
				assertThat(ours.get(r).statement()).isEqualTo(Long.toString(theirs.get(r).get("tid").asLong()));
				assertThat(ours.get(r).successes()).isEqualTo(theirs.get(r).get("n-success").asInt());
				assertThat(ours.get(r).trials()).isEqualTo(theirs.get(r).get("n-trials").asInt());
				assertThat(ours.get(r).probabilityTest()).isCloseTo(theirs.get(r).get("p-test").asDouble(),
						within(1e-9));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void computesPolisGroupAwareConsensusAndPrioritiesForPolisGroups(String name) throws Exception {
		PolisFixture f = load(name);
		int[] groupOf = f.groupOf();
		int[][] counts = Representativeness.groupCounts(f.votes(), groupOf, f.groupCount());
		Map<String, Double> consensus = OpinionAnalyzer.groupAwareConsensus(f.votes(), counts);
		PrincipalComponents.Result pca = PrincipalComponents.compute(f.votes(), excluded(f), 2);
		java.util.Set<String> meta = new java.util.HashSet<>();
		f.statements().stream().filter(Statement::meta).forEach(s -> meta.add(s.id()));
		Map<String, Double> priorities = OpinionAnalyzer.priorities(f.votes(), pca, counts, meta);
		double[] extremity = OpinionAnalyzer.extremities(f.votes(), pca);

		Map<String, Integer> column = new HashMap<>();
		for (int j = 0; j < f.votes().statementCount(); j++) {
			column.put(f.votes().statements().get(j), j);
		}
		f.math()
			.get("group-aware-consensus")
			.properties()
			.forEach(e -> assertThat(consensus.get(e.getKey())).as("statement %s", e.getKey())
				.isCloseTo(e.getValue().asDouble(), within(1e-9)));
		JsonNode theirExtremity = f.math().get("pca").get("comment-extremity");
		for (int j = 0; j < extremity.length; j++) {
			assertThat(extremity[j]).isCloseTo(theirExtremity.get(j).asDouble(), within(1e-6));
		}
		// In 50ptpt-3gp-strict-no-meta the math worker gave every statement the meta
		// priority 7² (no
		// statement is meta there): a quirk of that run, not a rule to reproduce.
		boolean allMeta = f.math()
			.get("comment-priorities")
			.properties()
			.stream()
			.allMatch(e -> e.getValue().asDouble() == 49.0);
		assertThat(allMeta).isEqualTo(name.equals("50ptpt-3gp-strict-no-meta"));
		if (allMeta) {
			return;
		}
		f.math()
			.get("comment-priorities")
			.properties()
			.forEach(e -> assertThat(priorities.get(e.getKey())).as("statement %s", e.getKey())
				.isCloseTo(e.getValue().asDouble(), within(1e-6 * (1 + e.getValue().asDouble()))));
	}

	private static double dot(double[] ours, JsonNode theirs) {
		double dot = 0;
		for (int j = 0; j < ours.length; j++) {
			dot += ours[j] * theirs.get(j).asDouble();
		}
		return dot;
	}

}
