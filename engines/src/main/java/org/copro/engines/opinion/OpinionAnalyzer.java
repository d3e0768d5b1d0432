package org.copro.engines.opinion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opinion groups of a conversation, computed as the Polis math worker does (Small,
 * Bjorkegren, Erkkilä, Shaw and Megill, "Polis: Scaling deliberation by mapping high
 * dimensional opinion spaces", Recerca 2021; the reference code is
 * {@code polismath.math.conversation} of compdemocracy/polis): vote matrix → two
 * principal components → participant projections scaled for light voters → about a
 * hundred base clusters → k-means opinion groups with k chosen by silhouette →
 * representative statements per group, consensus statements, group-informed consensus,
 * and a priority for showing each statement next.
 *
 * <p>
 * Polis also carries state from one run to the next (participants once in stay in, k
 * changes only after four runs agree, clusters start from last run's); this engine is a
 * pure function of the votes, so it starts afresh each time.
 */
public final class OpinionAnalyzer {

	/**
	 * Tuning, with Polis's defaults: two components; participants with at least
	 * {@code minVotes} votes (or all statements when there are fewer) are grouped, topped
	 * up to {@code minParticipants} with the most active voters; {@code baseClusters}
	 * base clusters; between 2 and {@code maxGroups} groups.
	 */
	public record Options(int minVotes, int minParticipants, int baseClusters, int maxGroups, long seed) {

		public static Options polis() {
			return new Options(7, 15, 100, 5, 1L);
		}
	}

	private static final int BASE_ITERATIONS = 100;

	private static final int GROUP_ITERATIONS = 100;

	private static final int GROUP_RESTARTS = 20;

	/** Silhouettes closer than this count as equal when choosing the number of groups. */
	static final double SILHOUETTE_TOLERANCE = 0.005;

	/** Polis squares a fixed priority of 7 for meta statements. */
	private static final double META_PRIORITY = 7;

	private OpinionAnalyzer() {
	}

	/**
	 * Analyses the votes with Polis's defaults, leaving out the statements Polis leaves
	 * out.
	 */
	public static OpinionAnalysis analyze(VoteMatrix votes, Collection<Statement> statements) {
		return analyze(votes, statements, Options.polis());
	}

	public static OpinionAnalysis analyze(VoteMatrix votes, Collection<Statement> statements, Options options) {
		boolean[] excluded = excludedColumns(votes, statements);
		Set<String> meta = new HashSet<>();
		for (Statement statement : statements) {
			if (statement.meta()) {
				meta.add(statement.id());
			}
		}
		PrincipalComponents.Result pca = PrincipalComponents.compute(votes, excluded, 2);
		double[][] projections = project(votes, excluded, pca);
		int[] clustered = clusteredParticipants(votes, options);
		BaseClusters base = baseClusters(projections, clustered, options);
		int[] baseGroup = groupBaseClusters(base, options);
		int groupCount = 0;
		for (int g : baseGroup) {
			groupCount = Math.max(groupCount, g + 1);
		}
		int[] groupOf = new int[votes.participantCount()];
		java.util.Arrays.fill(groupOf, -1);
		for (int i = 0; i < clustered.length; i++) {
			groupOf[clustered[i]] = baseGroup[base.assignment()[i]];
		}
		groupOf = renumberBySize(groupOf, groupCount);
		List<OpinionGroup> groups = describeGroups(votes, excluded, groupOf, groupCount, projections);
		List<String> clusteredIds = new ArrayList<>();
		for (int i : clustered) {
			clusteredIds.add(votes.participants().get(i));
		}
		List<String> excludedIds = new ArrayList<>();
		for (int j = 0; j < excluded.length; j++) {
			if (excluded[j]) {
				excludedIds.add(votes.statements().get(j));
			}
		}
		int[][] counts = Representativeness.groupCounts(votes, groupOf, groupCount);
		return new OpinionAnalysis(votes.participants(), votes.statements(), List.copyOf(excludedIds), pca.center(),
				pca.components(), projections, List.copyOf(clusteredIds), groups,
				Representativeness.consensus(votes, excluded, Direction.AGREE),
				Representativeness.consensus(votes, excluded, Direction.DISAGREE), groupAwareConsensus(votes, counts),
				priorities(votes, pca, counts, meta));
	}

	/**
	 * Representative statements for given groups (each participant's group, or −1): the
	 * fixture check.
	 */
	public static List<List<RepresentativeStatement>> representativeStatements(VoteMatrix votes,
			Collection<Statement> statements, int[] groupOf) {
		int groups = 0;
		for (int g : groupOf) {
			groups = Math.max(groups, g + 1);
		}
		return Representativeness.select(votes, excludedColumns(votes, statements), groupOf, groups);
	}

	/** Consensus statements in one direction. */
	public static List<ConsensusStatement> consensus(VoteMatrix votes, Collection<Statement> statements,
			Direction direction) {
		return Representativeness.consensus(votes, excludedColumns(votes, statements), direction);
	}

	static boolean[] excludedColumns(VoteMatrix votes, Collection<Statement> statements) {
		Map<String, Integer> column = new HashMap<>();
		for (int j = 0; j < votes.statementCount(); j++) {
			column.put(votes.statements().get(j), j);
		}
		boolean[] excluded = new boolean[votes.statementCount()];
		for (Statement statement : statements) {
			Integer j = column.get(statement.id());
			if (j != null && statement.excluded()) {
				excluded[j] = true;
			}
		}
		return excluded;
	}

	/**
	 * Polis's "sparsity-aware" projection: the centred votes a participant cast, dotted
	 * with each component, scaled by √(statements / votes) so that a light voter is not
	 * pulled to the centre by the votes they never cast. Polis zeroes moderated-out
	 * columns rather than removing them, so those count as votes in the scale, and we do
	 * the same to place people where Polis does.
	 */
	static double[][] project(VoteMatrix votes, boolean[] excluded, PrincipalComponents.Result pca) {
		int n = votes.participantCount();
		int m = votes.statementCount();
		int excludedCount = 0;
		for (boolean e : excluded) {
			excludedCount += e ? 1 : 0;
		}
		double[] center = pca.center();
		double[] pc1 = pca.components()[0];
		double[] pc2 = pca.components()[1];
		int[] rowStart = votes.rowStarts();
		int[] column = votes.columns();
		byte[] vote = votes.votes();
		double[][] projections = new double[n][2];
		for (int i = 0; i < n; i++) {
			double x = 0;
			double y = 0;
			int cast = excludedCount;
			for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
				int j = column[e];
				if (excluded[j]) {
					continue;
				}
				double centred = vote[e] - center[j];
				x += centred * pc1[j];
				y += centred * pc2[j];
				cast++;
			}
			double scale = Math.sqrt((double) m / Math.max(cast, 1));
			projections[i][0] = x * scale;
			projections[i][1] = y * scale;
		}
		return projections;
	}

	/**
	 * Participants placed in groups: those who voted on at least min(minVotes,
	 * statements) statements; when fewer than minParticipants qualify, the most active
	 * voters are added.
	 */
	static int[] clusteredParticipants(VoteMatrix votes, Options options) {
		int n = votes.participantCount();
		int threshold = Math.min(options.minVotes(), votes.statementCount());
		List<Integer> in = new ArrayList<>();
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			(votesOf(votes, i) >= threshold ? in : out).add(i);
		}
		if (in.size() < options.minParticipants()) {
			out.sort(Comparator.comparingInt((Integer i) -> votesOf(votes, i)).reversed());
			in.addAll(out.subList(0, Math.min(out.size(), options.minParticipants() - in.size())));
			in.sort(null);
		}
		return in.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int votesOf(VoteMatrix votes, int participant) {
		return votes.rowStart(participant + 1) - votes.rowStart(participant);
	}

	/**
	 * Base clusters: positions, member counts and the base cluster of each clustered
	 * participant.
	 */
	record BaseClusters(double[] x, double[] y, double[] weight, int[] assignment) {
	}

	/**
	 * Polis first summarises participants into (at most) a hundred base clusters by
	 * k-means; when there are no more distinct positions than that, each distinct
	 * position is its own base cluster.
	 */
	static BaseClusters baseClusters(double[][] projections, int[] clustered, Options options) {
		int n = clustered.length;
		double[] x = new double[n];
		double[] y = new double[n];
		Map<Long, Map<Long, Integer>> distinct = new LinkedHashMap<>();
		List<double[]> positions = new ArrayList<>();
		int[] assignment = new int[n];
		for (int i = 0; i < n; i++) {
			x[i] = projections[clustered[i]][0];
			y[i] = projections[clustered[i]][1];
			if (positions.size() <= options.baseClusters()) {
				Map<Long, Integer> byY = distinct.computeIfAbsent(Double.doubleToLongBits(x[i]),
						key -> new HashMap<>());
				Integer id = byY.get(Double.doubleToLongBits(y[i]));
				if (id == null) {
					id = positions.size();
					byY.put(Double.doubleToLongBits(y[i]), id);
					positions.add(new double[] { x[i], y[i] });
				}
				assignment[i] = id;
			}
		}
		if (positions.size() <= options.baseClusters()) {
			int b = positions.size();
			double[] bx = new double[b];
			double[] by = new double[b];
			double[] weight = new double[b];
			for (int c = 0; c < b; c++) {
				bx[c] = positions.get(c)[0];
				by[c] = positions.get(c)[1];
			}
			for (int c : assignment) {
				weight[c]++;
			}
			return new BaseClusters(bx, by, weight, assignment);
		}
		double[] ones = new double[n];
		java.util.Arrays.fill(ones, 1);
		KMeans.Clustering clustering = KMeans.cluster(x, y, ones, options.baseClusters(), options.seed(), 1,
				BASE_ITERATIONS);
		int b = clustering.k();
		double[] bx = new double[b];
		double[] by = new double[b];
		double[] weight = new double[b];
		for (int c = 0; c < b; c++) {
			bx[c] = clustering.centers()[c][0];
			by[c] = clustering.centers()[c][1];
		}
		for (int c : clustering.assignment()) {
			weight[c]++;
		}
		return new BaseClusters(bx, by, weight, clustering.assignment());
	}

	/**
	 * Groups the base clusters by weighted k-means for k = 2 … min(maxGroups, 2 +
	 * bases/12) and keeps the k with the best silhouette, as Polis does; returns the
	 * group of each base cluster.
	 *
	 * <p>
	 * Polis changes k only after the same k has won several runs in a row, which holds
	 * the number of groups steady when two values of k score alike. Having no previous
	 * runs, we hold it steady the other way: among the values of k whose silhouette is
	 * within {@link #SILHOUETTE_TOLERANCE} of the best, the fewest groups win.
	 */
	static int[] groupBaseClusters(BaseClusters base, Options options) {
		int b = base.x().length;
		int maxK = Math.min(Math.min(options.maxGroups(), 2 + b / 12), b);
		if (maxK < 2) {
			return new int[b];
		}
		List<int[]> assignments = new ArrayList<>();
		double[] silhouettes = new double[maxK + 1];
		double best = Double.NEGATIVE_INFINITY;
		for (int k = 2; k <= maxK; k++) {
			KMeans.Clustering clustering = KMeans.cluster(base.x(), base.y(), base.weight(), k, options.seed() + k,
					GROUP_RESTARTS, GROUP_ITERATIONS);
			assignments.add(clustering.assignment());
			silhouettes[k] = KMeans.silhouette(base.x(), base.y(), clustering.assignment(), clustering.k());
			best = Math.max(best, silhouettes[k]);
		}
		for (int k = 2; k <= maxK; k++) {
			if (silhouettes[k] >= best - SILHOUETTE_TOLERANCE) {
				return assignments.get(k - 2);
			}
		}
		return assignments.getFirst();
	}

	/**
	 * Numbers groups by decreasing size (ties: the group holding the earlier participant
	 * first).
	 */
	private static int[] renumberBySize(int[] groupOf, int groupCount) {
		int[] size = new int[groupCount];
		int[] first = new int[groupCount];
		java.util.Arrays.fill(first, Integer.MAX_VALUE);
		for (int i = 0; i < groupOf.length; i++) {
			if (groupOf[i] >= 0) {
				size[groupOf[i]]++;
				first[groupOf[i]] = Math.min(first[groupOf[i]], i);
			}
		}
		Integer[] order = new Integer[groupCount];
		for (int g = 0; g < groupCount; g++) {
			order[g] = g;
		}
		java.util.Arrays.sort(order, Comparator.comparingInt((Integer g) -> -size[g]).thenComparingInt(g -> first[g]));
		int[] renumber = new int[groupCount];
		for (int r = 0; r < groupCount; r++) {
			renumber[order[r]] = r;
		}
		int[] out = new int[groupOf.length];
		for (int i = 0; i < groupOf.length; i++) {
			out[i] = groupOf[i] < 0 ? -1 : renumber[groupOf[i]];
		}
		return out;
	}

	private static List<OpinionGroup> describeGroups(VoteMatrix votes, boolean[] excluded, int[] groupOf,
			int groupCount, double[][] projections) {
		List<List<RepresentativeStatement>> representative = Representativeness.select(votes, excluded, groupOf,
				groupCount);
		List<OpinionGroup> groups = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			List<String> members = new ArrayList<>();
			double[] center = new double[2];
			for (int i = 0; i < groupOf.length; i++) {
				if (groupOf[i] == g) {
					members.add(votes.participants().get(i));
					center[0] += projections[i][0];
					center[1] += projections[i][1];
				}
			}
			center[0] /= Math.max(1, members.size());
			center[1] /= Math.max(1, members.size());
			groups.add(new OpinionGroup(g, members, center, representative.get(g)));
		}
		return groups;
	}

	/**
	 * Group-informed consensus (Polis "group-aware-consensus"): the product over groups
	 * of each group's probability of agreeing, (agrees + 1) / (seen + 2); high only when
	 * every group agrees.
	 */
	static Map<String, Double> groupAwareConsensus(VoteMatrix votes, int[][] counts) {
		Map<String, Double> consensus = new LinkedHashMap<>();
		for (int j = 0; j < votes.statementCount(); j++) {
			double product = 1;
			for (int[] c : counts) {
				product *= (c[3 * j] + 1.0) / (c[3 * j + 2] + 2.0);
			}
			consensus.put(votes.statements().get(j), product);
		}
		return consensus;
	}

	/**
	 * The weight with which Polis picks the next statement to show a voter
	 * ("comment-priorities"): (1 − p_pass) · (1 + extremity) · p_agree, boosted for
	 * statements seen by few people by 1 + 8·2^(−seen/5), squared; meta statements get a
	 * fixed 7² = 49. Extremity is the length of the statement's own projection on the two
	 * components, so statements that separate the groups rise, and p_agree favours
	 * statements that unite them.
	 */
	static Map<String, Double> priorities(VoteMatrix votes, PrincipalComponents.Result pca, int[][] counts,
			Set<String> meta) {
		int m = votes.statementCount();
		double scale = Math.sqrt(m);
		Map<String, Double> priorities = new LinkedHashMap<>();
		for (int j = 0; j < m; j++) {
			String id = votes.statements().get(j);
			if (meta.contains(id)) {
				priorities.put(id, META_PRIORITY * META_PRIORITY);
				continue;
			}
			int agree = 0;
			int disagree = 0;
			int seen = 0;
			for (int[] c : counts) {
				agree += c[3 * j];
				disagree += c[3 * j + 1];
				seen += c[3 * j + 2];
			}
			int passes = seen - agree - disagree;
			double extremity = scale * Math.abs(1 - pca.center()[j])
					* Math.hypot(pca.components()[0][j], pca.components()[1][j]);
			double pPass = (passes + 1.0) / (seen + 2.0);
			double pAgree = (agree + 1.0) / (seen + 2.0);
			double importance = (1 - pPass) * (extremity + 1) * pAgree;
			double priority = importance * (1 + 8 * Math.pow(2, seen / -5.0));
			priorities.put(id, priority * priority);
		}
		return priorities;
	}

	/** The extremity of each statement (length of its projection), in statement order. */
	static double[] extremities(VoteMatrix votes, PrincipalComponents.Result pca) {
		double scale = Math.sqrt(votes.statementCount());
		double[] extremity = new double[votes.statementCount()];
		for (int j = 0; j < extremity.length; j++) {
			extremity[j] = scale * Math.abs(1 - pca.center()[j])
					* Math.hypot(pca.components()[0][j], pca.components()[1][j]);
		}
		return extremity;
	}

}
