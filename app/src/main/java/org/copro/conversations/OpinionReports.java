package org.copro.conversations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.copro.engines.opinion.ConsensusStatement;
import org.copro.engines.opinion.OpinionAnalysis;
import org.copro.engines.opinion.OpinionAnalyzer;
import org.copro.engines.opinion.OpinionGroup;
import org.copro.engines.opinion.RepresentativeStatement;
import org.copro.engines.opinion.Statement;
import org.copro.engines.opinion.VoteMatrix;
import org.springframework.stereotype.Component;

/**
 * Runs the opinion engine on a conversation's votes and turns its result into a report.
 * The last analysis of each conversation is kept until a vote or a moderation decision
 * changes its input.
 */
@Component
class OpinionReports {

	static final String UNGROUPED_COLOUR = "#505a5f";

	/**
	 * Colours from the GOV.UK palette, each at least 3:1 against white; shapes tell
	 * groups apart without colour.
	 */
	private static final String[] COLOURS = { "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#912b88" };

	private static final String[] SHAPES = { "circle", "square", "triangle", "diamond", "cross" };

	/**
	 * How long the next-statement order may use an analysis that a few newer votes have
	 * outdated.
	 */
	private static final Duration ORDERING_STALENESS = Duration.ofSeconds(30);

	/**
	 * As many group-informed consensus statements as Polis's report shows of each kind.
	 */
	private static final int CONSENSUS_SHOWN = 5;

	private static final double MAP_CENTRE = 200;

	private static final double MAP_RADIUS = 180;

	private record Cached(long fingerprint, Instant computedAt, OpinionAnalysis analysis) {
	}

	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	/**
	 * The analysis to order statements by, or empty while there is too little to analyse.
	 */
	Optional<OpinionAnalysis> analysisForOrdering(Conversation conversation,
			Supplier<List<ConversationStatement>> statements, Supplier<List<Vote>> votes) {
		Cached cached = cache.get(conversation.id());
		if (cached != null && cached.computedAt().plus(ORDERING_STALENESS).isAfter(Instant.now())) {
			return Optional.of(cached.analysis());
		}
		return analysis(conversation, statements.get(), votes.get());
	}

	private Optional<OpinionAnalysis> analysis(Conversation conversation, List<ConversationStatement> statements,
			List<Vote> votes) {
		if (!enoughData(statements, votes)) {
			return Optional.empty();
		}
		long fingerprint = fingerprint(statements, votes);
		Cached cached = cache.get(conversation.id());
		if (cached != null && cached.fingerprint() == fingerprint) {
			return Optional.of(cached.analysis());
		}
		VoteMatrix.Builder matrix = VoteMatrix.builder();
		for (Vote vote : votes) {
			matrix.add(Long.toString(vote.voterId()), Long.toString(vote.statementId()), vote.choice().value(),
					vote.votedAt().toEpochMilli());
		}
		List<Statement> moderation = statements.stream()
			.map(s -> new Statement(Long.toString(s.id()), s.text(), s.status().moderated(), s.meta()))
			.toList();
		OpinionAnalysis analysis = OpinionAnalyzer.analyze(matrix.build(), moderation);
		cache.put(conversation.id(), new Cached(fingerprint, Instant.now(), analysis));
		return Optional.of(analysis);
	}

	/** Enough people voting on enough statements that are not moderated out. */
	static boolean enoughData(List<ConversationStatement> statements, List<Vote> votes) {
		Map<Long, ConversationStatement> byId = new HashMap<>();
		statements.forEach(s -> byId.put(s.id(), s));
		long voters = votes.stream().map(Vote::voterId).distinct().count();
		long voted = votes.stream()
			.map(Vote::statementId)
			.distinct()
			.filter(id -> byId.containsKey(id) && byId.get(id).status() != StatementStatus.REJECTED
					&& !byId.get(id).meta())
			.count();
		return voters >= ConversationReport.MIN_VOTERS && voted >= ConversationReport.MIN_STATEMENTS;
	}

	private static long fingerprint(List<ConversationStatement> statements, List<Vote> votes) {
		long hash = votes.size();
		for (Vote vote : votes) {
			hash = hash * 31 + ((vote.statementId() * 1_000_003L + vote.voterId()) * 3 + vote.choice().value() + 1);
		}
		for (ConversationStatement s : statements) {
			hash = hash * 31 + s.id() * 7 + s.status().ordinal() * 2 + (s.meta() ? 1 : 0);
		}
		return hash;
	}

	/** The report of a conversation as it stands. */
	ConversationReport report(Conversation conversation, List<ConversationStatement> statements, List<Vote> votes) {
		Map<Long, ConversationStatement> byId = new HashMap<>();
		statements.forEach(s -> byId.put(s.id(), s));
		int voters = (int) votes.stream().map(Vote::voterId).distinct().count();
		Optional<OpinionAnalysis> found = analysis(conversation, statements, votes);
		if (found.isEmpty()) {
			return new ConversationReport(voters, votes.size(), false, List.of(), List.of(), List.of(), List.of(),
					List.of(), totals(conversation, statements, votes, Map.of(), 0, List.of(), List.of(), List.of()));
		}
		OpinionAnalysis analysis = found.get();
		Map<String, Integer> groupOf = new HashMap<>();
		for (int g = 0; g < analysis.groups().size(); g++) {
			int index = g;
			analysis.groups().get(g).members().forEach(member -> groupOf.put(member, index));
		}
		int groupCount = analysis.groups().size();
		// counts[g][statement] = {agree, disagree, pass}; index groupCount holds
		// everyone.
		List<Map<Long, int[]>> counts = new ArrayList<>();
		for (int g = 0; g <= groupCount; g++) {
			counts.add(new HashMap<>());
		}
		for (Vote vote : votes) {
			int slot = vote.choice() == VoteChoice.AGREE ? 0 : vote.choice() == VoteChoice.DISAGREE ? 1 : 2;
			Integer g = groupOf.get(Long.toString(vote.voterId()));
			if (g != null) {
				counts.get(g).computeIfAbsent(vote.statementId(), id -> new int[3])[slot]++;
			}
			counts.get(groupCount).computeIfAbsent(vote.statementId(), id -> new int[3])[slot]++;
		}
		List<ConversationReport.Group> groups = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			OpinionGroup group = analysis.groups().get(g);
			List<ConversationReport.Representative> representative = new ArrayList<>();
			for (RepresentativeStatement r : group.representative()) {
				long id = Long.parseLong(r.statement());
				int[] in = counts.get(g).getOrDefault(id, new int[3]);
				int[] all = counts.get(groupCount).getOrDefault(id, new int[3]);
				int[] out = { all[0] - in[0], all[1] - in[1], all[2] - in[2] };
				representative.add(new ConversationReport.Representative(id, text(byId, id), language(byId, id),
						r.direction().label(), ConversationReport.Percentages.of(in[0], in[1], in[2]),
						ConversationReport.Percentages.of(out[0], out[1], out[2])));
			}
			groups.add(new ConversationReport.Group(g, label(g), group.members().size(), COLOURS[g % COLOURS.length],
					SHAPES[g % SHAPES.length], List.copyOf(representative)));
		}
		List<ConversationReport.Consensus> agree = consensus(analysis.agreeConsensus(), byId, counts.get(groupCount));
		List<ConversationReport.Consensus> disagree = consensus(analysis.disagreeConsensus(), byId,
				counts.get(groupCount));
		return new ConversationReport(voters, votes.size(), true, List.copyOf(groups), agree, disagree,
				groupConsensus(analysis, byId, counts), map(analysis, groupOf, groups),
				totals(conversation, statements, votes, groupOf, groupCount, groups, agree, disagree));
	}

	private static String text(Map<Long, ConversationStatement> byId, long id) {
		ConversationStatement statement = byId.get(id);
		return statement == null ? "" : statement.text();
	}

	private static String language(Map<Long, ConversationStatement> byId, long id) {
		ConversationStatement statement = byId.get(id);
		return statement == null ? "en" : statement.language();
	}

	/** Group 0 is A, 1 is B, and so on: letters read the same in English and Welsh. */
	static String label(int group) {
		return String.valueOf((char) ('A' + group));
	}

	private static List<ConversationReport.Consensus> consensus(List<ConsensusStatement> found,
			Map<Long, ConversationStatement> byId, Map<Long, int[]> everyone) {
		return found.stream().map(c -> {
			long id = Long.parseLong(c.statement());
			int[] n = everyone.getOrDefault(id, new int[3]);
			return new ConversationReport.Consensus(id, text(byId, id), language(byId, id), c.direction().label(),
					ConversationReport.Percentages.of(n[0], n[1], n[2]));
		}).toList();
	}

	/**
	 * The statements with the highest group-informed consensus, kept when the groups'
	 * agreement probabilities have a geometric mean above one half: every group, on the
	 * whole, leans to agree.
	 */
	private static List<ConversationReport.GroupConsensus> groupConsensus(OpinionAnalysis analysis,
			Map<Long, ConversationStatement> byId, List<Map<Long, int[]>> counts) {
		int groupCount = analysis.groups().size();
		if (groupCount < 2) {
			return List.of();
		}
		double threshold = Math.pow(0.5, groupCount);
		return analysis.groupAwareConsensus()
			.entrySet()
			.stream()
			.filter(e -> !analysis.excluded().contains(e.getKey()) && e.getValue() > threshold)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(CONSENSUS_SHOWN)
			.map(e -> {
				long id = Long.parseLong(e.getKey());
				List<ConversationReport.Percentages> byGroup = new ArrayList<>();
				for (int g = 0; g < groupCount; g++) {
					int[] n = counts.get(g).getOrDefault(id, new int[3]);
					byGroup.add(ConversationReport.Percentages.of(n[0], n[1], n[2]));
				}
				return new ConversationReport.GroupConsensus(id, text(byId, id), language(byId, id),
						List.copyOf(byGroup));
			})
			.toList();
	}

	private static List<ConversationReport.MapPoint> map(OpinionAnalysis analysis, Map<String, Integer> groupOf,
			List<ConversationReport.Group> groups) {
		double[][] xy = analysis.projections();
		double extent = 0;
		for (double[] point : xy) {
			extent = Math.max(extent, Math.max(Math.abs(point[0]), Math.abs(point[1])));
		}
		double scale = extent == 0 ? 0 : MAP_RADIUS / extent;
		// Numbered by group and position, never by account, so that a number says nothing
		// about who it is.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < xy.length; i++) {
			order.add(i);
		}
		java.util.function.ToIntFunction<Integer> groupIndex = i -> groupOf.getOrDefault(analysis.participants().get(i),
				Integer.MAX_VALUE);
		order.sort(java.util.Comparator.comparingInt(groupIndex)
			.thenComparingDouble((Integer i) -> xy[i][0])
			.thenComparingDouble(i -> xy[i][1]));
		List<ConversationReport.MapPoint> points = new ArrayList<>();
		for (int i : order) {
			Integer g = groupOf.get(analysis.participants().get(i));
			points.add(new ConversationReport.MapPoint(points.size() + 1, g == null ? null : groups.get(g),
					round(xy[i][0], 3), round(xy[i][1], 3), round(MAP_CENTRE + xy[i][0] * scale, 1),
					round(MAP_CENTRE - xy[i][1] * scale, 1)));
		}
		return List.copyOf(points);
	}

	private static double round(double value, int places) {
		double factor = Math.pow(10, places);
		return Math.round(value * factor) / factor;
	}

	/** Totals of the statements voters see: a rejected statement is never published. */
	private static List<ConversationReport.StatementTotals> totals(Conversation conversation,
			List<ConversationStatement> statements, List<Vote> votes, Map<String, Integer> groupOf, int groupCount,
			List<ConversationReport.Group> groups, List<ConversationReport.Consensus> agree,
			List<ConversationReport.Consensus> disagree) {
		Map<Long, int[]> counts = new HashMap<>();
		for (Vote vote : votes) {
			int[] c = counts.computeIfAbsent(vote.statementId(), id -> new int[3 + 3 * groupCount]);
			int slot = vote.choice() == VoteChoice.AGREE ? 0 : vote.choice() == VoteChoice.DISAGREE ? 1 : 2;
			c[slot]++;
			Integer g = groupOf.get(Long.toString(vote.voterId()));
			if (g != null) {
				c[3 + 3 * g + slot]++;
			}
		}
		Map<Long, String> representativeOf = new HashMap<>();
		for (ConversationReport.Group group : groups) {
			group.representative()
				.forEach(r -> representativeOf.merge(r.statement(), group.label(), (a, b) -> a + " " + b));
		}
		Map<Long, String> consensus = new HashMap<>();
		agree.forEach(c -> consensus.put(c.statement(), c.direction()));
		disagree.forEach(c -> consensus.put(c.statement(), c.direction()));
		return statements.stream().filter(s -> conversation.shows(s.status())).map(s -> {
			int[] c = counts.getOrDefault(s.id(), new int[3 + 3 * groupCount]);
			List<ConversationReport.Percentages> byGroup = new ArrayList<>();
			for (int g = 0; g < groupCount; g++) {
				byGroup.add(ConversationReport.Percentages.of(c[3 + 3 * g], c[4 + 3 * g], c[5 + 3 * g]));
			}
			return new ConversationReport.StatementTotals(s.id(), s.text(), s.language(),
					s.status().name().toLowerCase(Locale.ROOT), s.meta(), s.seed(), c[0], c[1], c[2],
					List.copyOf(byGroup), representativeOf.get(s.id()), consensus.get(s.id()));
		}).toList();
	}

}
