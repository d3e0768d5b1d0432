package org.copro.budgeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copro.engines.budgeting.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The result as the page shows it: the winners with how their supporters paid, and every
 * project's votes for the chart and its table.
 *
 * @param ballots how many ballots were counted
 * @param budget the budget
 * @param spent the total cost of the winners
 * @param spentPercent the share of the budget spent, in whole percent
 * @param winners the funded projects, in the order the rule chose them
 * @param projects every project, most votes first, for the chart
 * @param maxVotes the largest number of votes, the chart's scale
 * @param ties ties that changed which project came first, and how they were decided
 * @param points whether the chart shows points (cumulative ballots, and rankings where
 * rank r of N earns N − r + 1) rather than votes
 */
record ResultView(long ballots, long budget, BigDecimal spent, long spentPercent, List<Winner> winners,
		List<ProjectVotes> projects, long maxVotes, List<TieView> ties, boolean points) {

	/**
	 * A funded project and what its supporters paid.
	 *
	 * @param project the project
	 * @param votes how many ballots approve it
	 * @param shares for the Method of Equal Shares, groups of supporters who paid the
	 * same amount each; else empty
	 * @param costPerSupporter the cost divided by the number of supporters
	 */
	record Winner(BudgetProject project, long votes, List<Outcome.Share> shares, BigDecimal costPerSupporter) {

		/** How many supporters paid something towards it. */
		public long payers() {
			return shares.stream().mapToLong(Outcome.Share::voters).sum();
		}
	}

	/**
	 * One bar of the chart and row of its table.
	 *
	 * @param project the project
	 * @param votes how many ballots choose it
	 * @param score its points, or its votes when ballots are ticked
	 * @param funded whether the rule funded it
	 * @param y the bar's top in the chart
	 * @param width the bar's width in the chart, out of {@link #CHART_WIDTH}
	 */
	record ProjectVotes(BudgetProject project, long votes, long score, boolean funded, int y, int width) {
	}

	/**
	 * A tie the rule met, in project names.
	 *
	 * @param tied the projects that were equally good, joined for reading
	 * @param chosen the project taken
	 * @param decidedBy what decided it: {@code min-cost}, {@code max-votes}, {@code id}
	 * or {@code unresolved}
	 */
	record TieView(String tied, String chosen, String decidedBy) {
	}

	static final int CHART_WIDTH = 400;

	static final int BAR_HEIGHT = 22;

	static final int ROW_HEIGHT = 60;

	static ResultView of(Outcome outcome, List<BudgetProject> projects, List<Ballot> ballots) {
		return of(outcome, projects, ballots, BallotType.APPROVAL, 0);
	}

	static ResultView of(Outcome outcome, List<BudgetProject> projects, List<Ballot> ballots, BallotType type,
			int maxRank) {
		Map<Long, Long> votes = new HashMap<>();
		Map<Long, Long> scores = new HashMap<>();
		for (Ballot ballot : ballots) {
			ballot.choices().forEach((project, points) -> {
				votes.merge(project, 1L, Long::sum);
				long score = switch (type) {
					case CUMULATIVE -> points;
					case RANKING -> Math.max(0, maxRank - points + 1);
					default -> 1;
				};
				scores.merge(project, score, Long::sum);
			});
		}
		Map<String, BudgetProject> byId = new HashMap<>();
		projects.forEach(project -> byId.put(Long.toString(project.id()), project));
		Map<String, Outcome.Payment> payments = new HashMap<>();
		outcome.payments().forEach(payment -> payments.put(payment.project(), payment));
		List<Winner> winners = new ArrayList<>();
		for (String id : outcome.selected()) {
			BudgetProject project = byId.get(id);
			long supporters = votes.getOrDefault(project.id(), 0L);
			Outcome.@Nullable Payment payment = payments.get(id);
			BigDecimal perSupporter = supporters == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(project.cost())
				.divide(BigDecimal.valueOf(supporters), 2, RoundingMode.HALF_UP);
			winners.add(new Winner(project, supporters, payment == null ? List.of() : payment.shares(), perSupporter));
		}
		Set<String> funded = new HashSet<>(outcome.selected());
		long maxVotes = Math.max(1, scores.values().stream().mapToLong(Long::longValue).max().orElse(0));
		List<BudgetProject> ordered = new ArrayList<>(projects);
		ordered.sort((a, b) -> Long.compare(scores.getOrDefault(b.id(), 0L), scores.getOrDefault(a.id(), 0L)));
		List<ProjectVotes> bars = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			BudgetProject project = ordered.get(i);
			long score = scores.getOrDefault(project.id(), 0L);
			bars.add(new ProjectVotes(project, votes.getOrDefault(project.id(), 0L), score,
					funded.contains(Long.toString(project.id())), i * ROW_HEIGHT,
					(int) Math.round((double) CHART_WIDTH * score / maxVotes)));
		}
		long budget = outcome.budget().longValue();
		long percent = budget == 0 ? 0
				: outcome.totalCost()
					.multiply(BigDecimal.valueOf(100))
					.divide(outcome.budget(), 0, RoundingMode.DOWN)
					.longValue();
		List<TieView> ties = outcome.ties()
			.stream()
			.map(tie -> new TieView(String.join(" / ", tie.tied().stream().map(t -> byId.get(t).title()).toList()),
					byId.get(tie.chosen()).title(), tie.decidedBy()))
			.toList();
		return new ResultView(ballots.size(), budget, outcome.totalCost(), percent, winners, bars, maxVotes, ties,
				!type.ticked());
	}

	/** The chart's height: one bar and gap per project. */
	public int chartHeight() {
		return Math.max(1, projects.size()) * ROW_HEIGHT;
	}

	public int chartWidth() {
		return CHART_WIDTH;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}
}
