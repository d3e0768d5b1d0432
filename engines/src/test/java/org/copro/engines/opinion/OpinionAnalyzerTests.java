package org.copro.engines.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class OpinionAnalyzerTests {

	/**
	 * Three planted groups of 12: statements 0–3 split group A from the rest, 4–7 group
	 * B, 8–11 group C; statement 12 everyone agrees with, 13 everyone disagrees with;
	 * statement 14 is rejected by the moderator. Each participant skips a few statements
	 * at random.
	 */
	static VoteMatrix plantedGroups() {
		SplittableRandom random = new SplittableRandom(7);
		VoteMatrix.Builder builder = VoteMatrix.builder();
		for (int p = 0; p < 36; p++) {
			int group = p / 12;
			for (int s = 0; s < 15; s++) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				int vote;
				if (s < 12) {
					vote = s / 4 == group ? VoteMatrix.AGREE : VoteMatrix.DISAGREE;
				}
				else if (s == 12) {
					vote = VoteMatrix.AGREE;
				}
				else if (s == 13) {
					vote = VoteMatrix.DISAGREE;
				}
				else {
					vote = random.nextInt(3) - 1;
				}
				builder.add("p" + (100 + p), Integer.toString(s), vote, s);
			}
		}
		return builder.build();
	}

	static final List<Statement> STATEMENTS = List.of(new Statement("14", "Buy cheap watches here", -1, false));

	@Test
	void findsThePlantedGroupsAndWhatSetsEachApart() {
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(plantedGroups(), STATEMENTS);

		assertThat(analysis.groups()).hasSize(3);
		for (OpinionGroup group : analysis.groups()) {
			assertThat(group.members()).hasSize(12);
			int planted = (Integer.parseInt(group.members().getFirst().substring(1)) - 100) / 12;
			assertThat(group.members()).allMatch(m -> (Integer.parseInt(m.substring(1)) - 100) / 12 == planted);
			RepresentativeStatement first = group.representative().getFirst();
			assertThat(first.direction()).isEqualTo(Direction.AGREE);
			assertThat(Integer.parseInt(first.statement()) / 4).isEqualTo(planted);
			assertThat(group.representative()).noneMatch(r -> r.statement().equals("14"));
		}
		assertThat(analysis.excluded()).containsExactly("14");
		assertThat(analysis.agreeConsensus()).extracting(ConsensusStatement::statement).containsExactly("12");
		assertThat(analysis.disagreeConsensus()).extracting(ConsensusStatement::statement).first().isEqualTo("13");
		// Everyone agrees with 12: group-informed consensus ranks it above every divisive
		// statement.
		double unite = analysis.groupAwareConsensus().get("12");
		assertThat(analysis.groupAwareConsensus().entrySet()).filteredOn(e -> Integer.parseInt(e.getKey()) < 12)
			.allMatch(e -> e.getValue() < unite);
	}

	@Test
	void sparsePrincipalComponentsEqualDenseOnes() {
		VoteMatrix votes = plantedGroups();
		boolean[] excluded = new boolean[votes.statementCount()];
		excluded[votes.statements().indexOf("14")] = true;
		PrincipalComponents.Result sparse = PrincipalComponents.compute(votes, excluded, 2);

		// Dense reference: impute column means, centre, covariance, power iteration with
		// deflation.
		int n = votes.participantCount();
		int m = votes.statementCount();
		double[][] x = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				Integer v = votes.vote(i, j);
				x[i][j] = excluded[j] || v == null ? 0 : v - sparse.center()[j];
			}
		}
		double[][] covariance = new double[m][m];
		for (double[] row : x) {
			for (int a = 0; a < m; a++) {
				for (int b = 0; b < m; b++) {
					covariance[a][b] += row[a] * row[b];
				}
			}
		}
		double[] values = new double[m];
		double[][] vectors = new double[m][m];
		PrincipalComponents.jacobiEigen(covariance, values, vectors);
		for (int k = 0; k < 2; k++) {
			assertThat(sparse.eigenvalues()[k]).isCloseTo(values[k], within(1e-8 * values[0]));
			double dot = 0;
			for (int j = 0; j < m; j++) {
				dot += sparse.components()[k][j] * vectors[j][k];
			}
			assertThat(Math.abs(dot)).isCloseTo(1, within(1e-9));
		}
	}

	@Test
	void jacobiDiagonalisesASmallSymmetricMatrix() {
		double[][] a = { { 4, 1, 0 }, { 1, 3, 1 }, { 0, 1, 2 } };
		double[] values = new double[3];
		double[][] vectors = new double[3][3];
		PrincipalComponents.jacobiEigen(a, values, vectors);

		assertThat(values[0]).isGreaterThan(values[1]);
		assertThat(values[1]).isGreaterThan(values[2]);
		assertThat(values[0] + values[1] + values[2]).isCloseTo(9, within(1e-12));
		for (int k = 0; k < 3; k++) {
			for (int i = 0; i < 3; i++) {
				double av = 0;
				for (int j = 0; j < 3; j++) {
					av += a[i][j] * vectors[j][k];
				}
				assertThat(av).isCloseTo(values[k] * vectors[i][k], within(1e-12));
			}
		}
	}

	@Test
	void scalesLightVotersOutFromTheCentreAsPolisDoes() {
		VoteMatrix votes = VoteMatrix.builder()
			.add("a", "0", 1, 0)
			.add("a", "1", 1, 0)
			.add("b", "0", -1, 0)
			.add("b", "1", -1, 0)
			.add("c", "0", 1, 0)
			.build();
		boolean[] excluded = new boolean[2];
		PrincipalComponents.Result pca = PrincipalComponents.compute(votes, excluded, 2);
		double[][] projections = OpinionAnalyzer.project(votes, excluded, pca);

		double centred = 1 - pca.center()[0];
		// c voted on one of two statements: its partial projection is scaled by √(2/1).
		assertThat(projections[2][0]).isCloseTo(Math.sqrt(2) * centred * pca.components()[0][0], within(1e-12));
	}

	@Test
	void representsAGroupByTheStatisticsPolisUses() {
		// Polis adds one pseudo-vote to every count before testing.
		assertThat(Representativeness.proportionTest(6, 6)).isCloseTo(2 * Math.sqrt(7) * (7.0 / 7 - 0.5),
				within(1e-12));
		double pooled = (7.0 + 2) / (7 + 10);
		assertThat(Representativeness.twoProportionTest(6, 1, 6, 9))
			.isCloseTo((7.0 / 7 - 2.0 / 10) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 7 + 1.0 / 10)), within(1e-12));
		assertThat(Representativeness.twoProportionTest(3, 4, 3, 4)).isZero();
	}

	@Test
	void anEmptyConversationHasNoGroups() {
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(VoteMatrix.builder().build(), List.of());

		assertThat(analysis.participants()).isEmpty();
		assertThat(analysis.groups()).isEmpty();
		assertThat(analysis.agreeConsensus()).isEmpty();
	}

	@Test
	void unanimousVotersFormOneGroupWithoutNaNs() {
		VoteMatrix.Builder builder = VoteMatrix.builder();
		for (int p = 0; p < 20; p++) {
			for (int s = 0; s < 5; s++) {
				builder.add("p" + p, "s" + s, VoteMatrix.AGREE, 0);
			}
		}
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(builder.build(), List.of());

		assertThat(analysis.groups()).hasSize(1);
		assertThat(analysis.groups().getFirst().members()).hasSize(20);
		assertThat(analysis.agreeConsensus()).hasSize(5);
		assertThat(analysis.priorities().values()).allMatch(Double::isFinite);
		assertThat(java.util.Arrays.stream(analysis.projections()))
			.allMatch(xy -> Double.isFinite(xy[0]) && Double.isFinite(xy[1]));
	}

	@Test
	void everyStatementModeratedOutLeavesNothingToRepresent() {
		VoteMatrix votes = VoteMatrix.builder().add("a", "0", 1, 0).add("b", "0", -1, 0).build();
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(votes, List.of(new Statement("0", "", -1, false)));

		assertThat(analysis.excluded()).containsExactly("0");
		assertThat(analysis.groups()).allMatch(g -> g.representative().isEmpty());
		assertThat(analysis.agreeConsensus()).isEmpty();
	}

	@Test
	void theResultDoesNotDependOnTheOrderOfTheVotes() {
		VoteMatrix votes = plantedGroups();
		VoteMatrix.Builder reversed = VoteMatrix.builder();
		for (int i = votes.participantCount() - 1; i >= 0; i--) {
			for (int j = votes.statementCount() - 1; j >= 0; j--) {
				Integer vote = votes.vote(i, j);
				if (vote != null) {
					reversed.add(votes.participants().get(i), votes.statements().get(j), vote, 0);
				}
			}
		}
		OpinionAnalysis forward = OpinionAnalyzer.analyze(votes, STATEMENTS);
		OpinionAnalysis backward = OpinionAnalyzer.analyze(reversed.build(), STATEMENTS);

		assertThat(backward.groups()).extracting(OpinionGroup::members)
			.isEqualTo(forward.groups().stream().map(OpinionGroup::members).toList());
		assertThat(backward.groups()).extracting(OpinionGroup::representative)
			.isEqualTo(forward.groups().stream().map(OpinionGroup::representative).toList());
	}

}
