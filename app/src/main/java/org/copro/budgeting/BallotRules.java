package org.copro.budgeting;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The limits each ballot type sets, checked on the server for every ballot, online or on
 * paper.
 */
final class BallotRules {

	private BallotRules() {
	}

	/**
	 * Checks chosen projects, all known to be on the heading's ballot, against the
	 * process's ballot type.
	 * @param choices each chosen project with its points or rank
	 * @param projects the heading's projects on the ballot, by id
	 */
	static Optional<BallotProblem> check(BudgetingProcess process, BudgetHeading heading, Map<Long, Integer> choices,
			Map<Long, BudgetProject> projects) {
		return switch (process.ballotType()) {
			case APPROVAL -> ticks(choices).or(() -> length(process, choices.size(), "budgeting.ballot"));
			case KNAPSACK -> ticks(choices).or(() -> knapsack(process, heading, choices, projects));
			case CUMULATIVE -> points(process, choices);
			case RANKING -> ranks(choices).or(() -> length(process, choices.size(), "budgeting.ballot.rank"));
		};
	}

	private static Optional<BallotProblem> ticks(Map<Long, Integer> choices) {
		return choices.values().stream().allMatch(points -> points == 1) ? Optional.empty()
				: Optional.of(new BallotProblem("budgeting.ballot.unknown"));
	}

	private static Optional<BallotProblem> length(BudgetingProcess process, int size, String prefix) {
		if (size < process.minProjects()) {
			return Optional.of(new BallotProblem(
					process.minProjects() == 1 ? prefix + ".too-few.one" : prefix + ".too-few", process.minProjects()));
		}
		if (size > process.maxProjects()) {
			return Optional
				.of(new BallotProblem(process.maxProjects() == 1 ? prefix + ".too-many.one" : prefix + ".too-many",
						process.maxProjects(), size));
		}
		return Optional.empty();
	}

	private static Optional<BallotProblem> knapsack(BudgetingProcess process, BudgetHeading heading,
			Map<Long, Integer> choices, Map<Long, BudgetProject> projects) {
		if (choices.isEmpty()) {
			return Optional.of(new BallotProblem("budgeting.ballot.too-few.one"));
		}
		long total = choices.keySet().stream().mapToLong(id -> projects.get(id).cost()).sum();
		if (total > heading.budget()) {
			return Optional.of(new BallotProblem("budgeting.ballot.over-budget", process.currencySymbol(), total,
					heading.budget()));
		}
		return Optional.empty();
	}

	private static Optional<BallotProblem> points(BudgetingProcess process, Map<Long, Integer> choices) {
		for (int points : choices.values()) {
			if (points < 1 || points > process.pointsPerProject()) {
				return Optional
					.of(new BallotProblem("budgeting.ballot.points.per-project", process.pointsPerProject()));
			}
		}
		int total = choices.values().stream().mapToInt(Integer::intValue).sum();
		if (total == 0) {
			return Optional.of(new BallotProblem("budgeting.ballot.points.none"));
		}
		if (total > process.pointsTotal()) {
			return Optional.of(new BallotProblem("budgeting.ballot.points.too-many", process.pointsTotal(), total));
		}
		return Optional.empty();
	}

	/**
	 * Ranks must be 1, 2, 3 … with none repeated or skipped, so that each rank earns the
	 * points the engine gives it.
	 */
	private static Optional<BallotProblem> ranks(Map<Long, Integer> choices) {
		TreeSet<Integer> ranks = new TreeSet<>(choices.values());
		if (ranks.size() != choices.size()) {
			return Optional.of(new BallotProblem("budgeting.ballot.rank.repeated"));
		}
		if (!ranks.isEmpty() && (ranks.first() != 1 || ranks.last() != ranks.size())) {
			return Optional.of(new BallotProblem("budgeting.ballot.rank.gap"));
		}
		return Optional.empty();
	}

}
