package org.copro.engines.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Representative statements of each group and consensus statements, as the Polis math
 * worker selects them ({@code polismath.math.repness}, {@code polismath.math.stats}).
 *
 * <p>
 * For a group and a statement, with nₐ agrees, n_d disagrees and nₛ votes seen (passes
 * included): pₐ = (nₐ+1)/(nₛ+2), its one-proportion z-test against ½, the ratio rₐ of pₐ
 * to the same probability among the other groups, and the two-proportion z-test between
 * the group and the others (each count incremented by one, as Polis does); likewise for
 * disagree. A statement represents the group when both tests pass at 90% (z > 1.2816) in
 * one direction; the five with the largest r·z_r·p·z_p are kept, with the group's best
 * "agree" statement first and agrees before disagrees. A group with no such statement
 * gets its best one anyway. Consensus statements are those with p > ½ and a significant z
 * over all participants, best five by p·z in each direction.
 */
final class Representativeness {

	/** One-sided 90% quantile of the standard normal, as Polis hard-codes it. */
	static final double Z_90 = 1.2816;

	private static final int PICK = 5;

	private Representativeness() {
	}

	/**
	 * Vote counts of one set of participants on one statement, and the statistics Polis
	 * derives.
	 */
	static final class Stats {

		final int agree;

		final int disagree;

		final int seen;

		final double pa;

		final double pd;

		final double pat;

		final double pdt;

		double ra;

		double rd;

		double rat;

		double rdt;

		Stats(int agree, int disagree, int seen) {
			this.agree = agree;
			this.disagree = disagree;
			this.seen = seen;
			this.pa = (1.0 + agree) / (2.0 + seen);
			this.pd = (1.0 + disagree) / (2.0 + seen);
			this.pat = proportionTest(agree, seen);
			this.pdt = proportionTest(disagree, seen);
		}

		void compareWith(int restAgree, int restDisagree, int restSeen) {
			ra = pa / ((1.0 + restAgree) / (2.0 + restSeen));
			rd = pd / ((1.0 + restDisagree) / (2.0 + restSeen));
			rat = twoProportionTest(agree, restAgree, seen, restSeen);
			rdt = twoProportionTest(disagree, restDisagree, seen, restSeen);
		}

		boolean passes() {
			return (rat > Z_90 && pat > Z_90) || (rdt > Z_90 && pdt > Z_90);
		}

		/**
		 * Polis's "finalize-cmt-stats": the direction with the larger repness test wins.
		 */
		RepresentativeStatement finish(String statement, boolean bestAgree) {
			return rat > rdt
					? new RepresentativeStatement(statement, Direction.AGREE, agree, seen, pa, pat, ra, (float) rat,
							bestAgree)
					: new RepresentativeStatement(statement, Direction.DISAGREE, disagree, seen, pd, pdt, rd,
							(float) rdt, bestAgree);
		}

	}

	/**
	 * z-score of a proportion against ½ with one pseudo-vote, as {@code stats/prop-test}.
	 */
	static double proportionTest(int successes, int trials) {
		double s = successes + 1.0;
		double n = trials + 1.0;
		return 2 * Math.sqrt(n) * (s / n - 0.5);
	}

	/**
	 * Two-proportion z-test with one pseudo-vote on each count, as
	 * {@code stats/two-prop-test}.
	 */
	static double twoProportionTest(int successIn, int successOut, int populationIn, int populationOut) {
		double s1 = successIn + 1.0;
		double s2 = successOut + 1.0;
		double n1 = populationIn + 1.0;
		double n2 = populationOut + 1.0;
		double pooled = (s1 + s2) / (n1 + n2);
		if (pooled == 1) {
			return 0;
		}
		return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
	}

	/**
	 * Counts agree, disagree and seen votes per group and statement:
	 * {@code counts[g][3j..3j+2]}. Participants with group −1 are not counted.
	 */
	static int[][] groupCounts(VoteMatrix matrix, int[] groupOf, int groups) {
		int m = matrix.statementCount();
		int[][] counts = new int[groups][3 * m];
		int[] rowStart = matrix.rowStarts();
		int[] column = matrix.columns();
		byte[] vote = matrix.votes();
		for (int i = 0; i < matrix.participantCount(); i++) {
			int g = groupOf[i];
			if (g < 0) {
				continue;
			}
			int[] c = counts[g];
			for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
				int base = 3 * column[e];
				if (vote[e] > 0) {
					c[base]++;
				}
				else if (vote[e] < 0) {
					c[base + 1]++;
				}
				c[base + 2]++;
			}
		}
		return counts;
	}

	/**
	 * The representative statements of each group, given each participant's group (or
	 * −1).
	 */
	static List<List<RepresentativeStatement>> select(VoteMatrix matrix, boolean[] excluded, int[] groupOf,
			int groups) {
		int m = matrix.statementCount();
		int[][] counts = groupCounts(matrix, groupOf, groups);
		int[] total = new int[3 * m];
		for (int[] c : counts) {
			for (int t = 0; t < total.length; t++) {
				total[t] += c[t];
			}
		}
		List<List<RepresentativeStatement>> result = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			int[] c = counts[g];
			List<RepresentativeStatement> sufficient = new ArrayList<>();
			RepresentativeStatement best = null;
			Stats bestAgree = null;
			String bestAgreeId = null;
			for (int j = 0; j < m; j++) {
				if (excluded[j]) {
					continue;
				}
				int a = c[3 * j];
				int d = c[3 * j + 1];
				int s = c[3 * j + 2];
				Stats stats = new Stats(a, d, s);
				stats.compareWith(total[3 * j] - a, total[3 * j + 1] - d, total[3 * j + 2] - s);
				String id = matrix.statements().get(j);
				if (stats.passes()) {
					sufficient.add(stats.finish(id, false));
				}
				if (sufficient.isEmpty() && (best == null || Math.max(stats.rat, stats.rdt) > best.repnessTest())) {
					best = stats.finish(id, false);
				}
				if (beatsBestAgree(stats, bestAgree)) {
					bestAgree = stats;
					bestAgreeId = id;
				}
			}
			RepresentativeStatement head = bestAgree == null ? null : bestAgree.finish(bestAgreeId, true);
			List<RepresentativeStatement> chosen = new ArrayList<>();
			if (sufficient.isEmpty()) {
				if (head != null) {
					chosen.add(head);
				}
				else if (best != null) {
					chosen.add(best);
				}
			}
			else {
				String skip = head == null ? null : head.statement();
				List<RepresentativeStatement> ranked = new ArrayList<>(
						sufficient.stream().filter(r -> !r.statement().equals(skip)).toList());
				ranked.sort(Comparator.comparingDouble(Representativeness::metric).reversed());
				if (head != null) {
					ranked.addFirst(head);
				}
				List<RepresentativeStatement> top = ranked.subList(0, Math.min(PICK, ranked.size()));
				top.stream().filter(r -> r.direction() == Direction.AGREE).forEach(chosen::add);
				top.stream().filter(r -> r.direction() == Direction.DISAGREE).forEach(chosen::add);
			}
			result.add(List.copyOf(chosen));
		}
		return result;
	}

	private static double metric(RepresentativeStatement r) {
		return r.repness() * r.repnessTest() * r.probability() * r.probabilityTest();
	}

	/** Polis's "beats-best-agr?": the statement the group most clearly agrees with. */
	private static boolean beatsBestAgree(Stats s, Stats current) {
		if (s.agree == 0 && s.disagree == 0) {
			return false;
		}
		if (current != null && current.ra > 1.0) {
			return s.ra * s.rat * s.pa * s.pat > current.ra * current.rat * current.pa * current.pat;
		}
		if (current != null) {
			return s.pa * s.pat > current.pa * current.pat;
		}
		return s.pat > Z_90 || (s.ra > 1.0 && s.pa > 0.5);
	}

	/**
	 * Consensus over every participant: best five by p·z among p > ½ with z significant.
	 */
	static List<ConsensusStatement> consensus(VoteMatrix matrix, boolean[] excluded, Direction direction) {
		int m = matrix.statementCount();
		int[] groupOf = new int[matrix.participantCount()];
		int[] c = groupCounts(matrix, groupOf, 1)[0];
		List<ConsensusStatement> candidates = new ArrayList<>();
		for (int j = 0; j < m; j++) {
			if (excluded[j]) {
				continue;
			}
			Stats stats = new Stats(c[3 * j], c[3 * j + 1], c[3 * j + 2]);
			boolean agree = direction == Direction.AGREE;
			double p = agree ? stats.pa : stats.pd;
			double z = agree ? stats.pat : stats.pdt;
			if (p > 0.5 && z > Z_90) {
				candidates.add(new ConsensusStatement(matrix.statements().get(j), direction,
						agree ? stats.agree : stats.disagree, stats.seen, p, z));
			}
		}
		candidates.sort(
				Comparator.comparingDouble((ConsensusStatement s) -> s.probability() * s.probabilityTest()).reversed());
		return List.copyOf(candidates.subList(0, Math.min(PICK, candidates.size())));
	}

}
