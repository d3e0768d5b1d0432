package org.copro.engines.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copro.engines.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Counts a pabulib election with a chosen rule: the entry point of the budgeting engine.
 *
 * <p>
 * Completions of the Method of Equal Shares follow equalshares.net ("Completion
 * methods"): Add1 reruns the method with one more currency unit per voter while the
 * outcome still fits the budget (Peters, Pierczyński and Skowron, NeurIPS 2021, section
 * 4); utilitarian completion then funds what still fits by number of votes; the
 * comparison step keeps the greedy outcome instead if more voters approve more of its
 * winners.
 */
public final class PbTally {

	private PbTally() {
	}

	/** Counts {@code file} as {@code options} say. */
	public static Outcome tally(PbFile file, TallyOptions options) {
		Election election = Election.of(file);
		TallyOptions effective = options.rule() == TallyOptions.Rule.OFFICIAL ? official(file, options) : options;
		return count(election, effective,
				options.rule() == TallyOptions.Rule.OFFICIAL ? "official:" + file.rule() : null);
	}

	/**
	 * The options that reproduce the rule named in the file's META: greedy-family rules
	 * break equal scores by file order, the Method of Equal Shares keeps the caller's
	 * tie-breaking.
	 */
	public static TallyOptions official(PbFile file, TallyOptions base) {
		String rule = file.rule().toLowerCase(Locale.ROOT);
		Utility byScore = file.voteType() == VoteType.APPROVAL || file.voteType() == VoteType.CHOOSE_ONE ? Utility.COST
				: Utility.POINTS_COST;
		TallyOptions options = base.withComparison(false).withUtility(Utility.COST);
		// Greedy cities publish a list sorted by score; equal scores keep the file's
		// order there.
		TallyOptions greedy = options.withTieBreaking(new TieBreaking(List.of(TieBreaking.Criterion.FILE_ORDER)));
		return switch (rule) {
			case "greedy" -> greedy.withRule(TallyOptions.Rule.GREEDY).withUtility(byScore).withGreedy(true, 0);
			case "greedy-no-skip" ->
				greedy.withRule(TallyOptions.Rule.GREEDY).withUtility(byScore).withGreedy(false, 0);
			case "greedy-threshold" -> greedy.withRule(TallyOptions.Rule.GREEDY)
				.withUtility(byScore)
				.withGreedy(true,
						file.metaLong("min_project_score_threshold")
							.orElseThrow(() -> new InvalidInputException(null, 0,
									"rule greedy-threshold needs min_project_score_threshold")));
			case "equalshares",
					"equalshares/add1" ->
				options.withRule(TallyOptions.Rule.MES)
					.withCompletion(TallyOptions.Completion.ADD1)
					.withAdd1(TallyOptions.Add1Start.INTEGRAL, TallyOptions.Add1Stop.EXHAUSTIVE);
			// Wieliczka 2023: Add1 from the rounded-down share, continued until the next
			// step would overspend.
			case "equalshares/add1-comparison" -> options.withRule(TallyOptions.Rule.MES)
				.withCompletion(TallyOptions.Completion.ADD1)
				.withAdd1(TallyOptions.Add1Start.INTEGRAL, TallyOptions.Add1Stop.OVERSPEND)
				.withComparison(true);
			default -> throw new InvalidInputException(null, 0,
					"META rule '" + file.rule()
							+ "' is not one --rule official can reproduce (greedy, greedy-no-skip, greedy-threshold, "
							+ "equalshares, equalshares/add1, equalshares/add1-comparison)");
		};
	}

	private static Outcome count(Election election, TallyOptions options, @Nullable String label) {
		return switch (options.rule()) {
			case GREEDY -> {
				Selection selection = new GreedyRule(options.utility(), options.greedySkip(), options.greedyThreshold(),
						options.tieBreaking())
					.select(election);
				String name = "greedy/" + utilityName(options.utility()) + (options.greedySkip() ? "" : "/no-skip")
						+ (options.greedyThreshold() > 0 ? "/threshold=" + options.greedyThreshold() : "");
				yield outcome(election, label != null ? label : name, selection, List.of(), null, null, List.of());
			}
			case PHRAGMEN -> {
				if (election.type != VoteType.APPROVAL && election.type != VoteType.CHOOSE_ONE) {
					throw new InvalidInputException(null, 0,
							"sequential Phragmén needs approval or choose-1 ballots, not " + election.type.label());
				}
				Selection selection = new PhragmenRule(options.tieBreaking()).select(election);
				yield outcome(election, label != null ? label : "phragmen", selection, List.of(), null, null,
						List.of());
			}
			case MES -> equalShares(election, options, label);
			case OFFICIAL -> throw new IllegalStateException("resolved before counting");
		};
	}

	private static Outcome equalShares(Election election, TallyOptions options, @Nullable String label) {
		EqualSharesRule rule = new EqualSharesRule(election, options.utility(), options.tieBreaking());
		TallyOptions.Completion completion = options.completion();
		EqualSharesRule.Run run;
		boolean add1 = completion == TallyOptions.Completion.ADD1 || completion == TallyOptions.Completion.ADD1U;
		if (election.voters == 0) {
			run = rule.run(Rational.ZERO, options.explain());
		}
		else if (add1) {
			run = add1(election, rule, options);
		}
		else {
			run = rule.run(Rational.of(election.budget, election.voters), options.explain());
		}
		Selection selection = run.selection();
		List<String> added = new ArrayList<>();
		if (completion == TallyOptions.Completion.ADD1U || completion == TallyOptions.Completion.UTILITARIAN) {
			int before = selection.projects.size();
			new GreedyRule(options.utility(), true, 0, options.tieBreaking()).complete(election, selection,
					election.budget);
			for (int p : selection.projects.subList(before, selection.projects.size())) {
				added.add(election.ids[p]);
			}
		}
		Outcome.@Nullable Comparison comparison = null;
		if (options.comparison()) {
			Selection greedy = utilitarian(options).select(election);
			comparison = compare(election, selection, greedy);
			if (!comparison.keptMes()) {
				selection = greedy;
				added.clear();
			}
		}
		String name = label != null ? label : "mes/" + utilityName(options.utility()) + "/"
				+ completion.name().toLowerCase(Locale.ROOT) + (options.comparison() ? "/comparison" : "");
		return outcome(election, name, selection, added, election.amount(run.endowment()), comparison, run.payments());
	}

	/**
	 * The greedy outcome of the comparison step: by number of votes, skipping what does
	 * not fit.
	 */
	private static GreedyRule utilitarian(TallyOptions options) {
		return new GreedyRule(Utility.COST, true, 0, options.tieBreaking());
	}

	/**
	 * Add1: rerun with one more currency unit per voter while the outcome still fits the
	 * budget, and (with {@link TallyOptions.Add1Stop#EXHAUSTIVE}) until no further
	 * project would fit.
	 */
	private static EqualSharesRule.Run add1(Election election, EqualSharesRule rule, TallyOptions options) {
		long voters = election.voters;
		Rational endowment = options.add1Start() == TallyOptions.Add1Start.EXACT ? Rational.of(election.budget, voters)
				: Rational.of(BigInteger.valueOf(election.budget / (voters * election.unit) * election.unit),
						BigInteger.ONE);
		Rational step = Rational.of(election.unit);
		EqualSharesRule.Run current = rule.run(endowment, false);
		boolean stopWhenExhaustive = options.add1Stop() == TallyOptions.Add1Stop.EXHAUSTIVE;
		// The next budgets are counted side by side, one per spare core, then taken in
		// order exactly as
		// one-by-one Add1 would, and those beyond the stopping point are discarded. Each
		// lane keeps its
		// own trace: its runs, a few units apart, mostly buy the same projects in the
		// same order.
		int lanes = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		List<EqualSharesRule.Trace> traces = java.util.stream.IntStream.range(0, lanes)
			.mapToObj(lane -> new EqualSharesRule.Trace(election))
			.toList();
		search: while (!(stopWhenExhaustive && exhaustive(election, current.selection()))
				&& !everySupportedProjectChosen(election, current.selection())) {
			Rational base = current.endowment();
			List<EqualSharesRule.Run> batch = java.util.stream.IntStream.range(0, lanes)
				.parallel()
				.mapToObj(lane -> rule.run(base.add(step.multiply(lane + 1)), false, traces.get(lane)))
				.toList();
			for (EqualSharesRule.Run next : batch) {
				if (next.selection().cost > election.budget) {
					break search;
				}
				current = next;
				if (stopWhenExhaustive && exhaustive(election, current.selection())
						|| everySupportedProjectChosen(election, current.selection())) {
					break search;
				}
			}
		}
		return options.explain() ? rule.run(current.endowment(), true) : current;
	}

	/**
	 * Whether every project someone supports is chosen: more money per voter then changes
	 * nothing, so Add1 stops (a project nobody supports is never bought, and when
	 * everything fits the budget nothing else would end it).
	 */
	private static boolean everySupportedProjectChosen(Election election, Selection selection) {
		boolean[] chosen = new boolean[election.projectCount];
		for (int p : selection.projects) {
			chosen[p] = true;
		}
		for (int g = 0; g < election.groups; g++) {
			for (int p : election.groupProjects[g]) {
				if (!chosen[p]) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether no unselected project fits in what the selection leaves. */
	private static boolean exhaustive(Election election, Selection selection) {
		boolean[] chosen = new boolean[election.projectCount];
		for (int p : selection.projects) {
			chosen[p] = true;
		}
		for (int p = 0; p < election.projectCount; p++) {
			if (!chosen[p] && selection.cost + election.cost[p] <= election.budget) {
				return false;
			}
		}
		return true;
	}

	/**
	 * equalshares.net's comparison step: which outcome gives more voters more approved
	 * winners.
	 */
	private static Outcome.Comparison compare(Election election, Selection mes, Selection greedy) {
		boolean[] inMes = new boolean[election.projectCount];
		boolean[] inGreedy = new boolean[election.projectCount];
		mes.projects.forEach(p -> inMes[p] = true);
		greedy.projects.forEach(p -> inGreedy[p] = true);
		long prefersMes = 0;
		long prefersGreedy = 0;
		for (int g = 0; g < election.groups; g++) {
			int mesCount = 0;
			int greedyCount = 0;
			for (int p : election.groupProjects[g]) {
				mesCount += inMes[p] ? 1 : 0;
				greedyCount += inGreedy[p] ? 1 : 0;
			}
			if (mesCount > greedyCount) {
				prefersMes += election.multiplicity[g];
			}
			else if (greedyCount > mesCount) {
				prefersGreedy += election.multiplicity[g];
			}
		}
		return new Outcome.Comparison(prefersMes, prefersGreedy, prefersGreedy <= prefersMes);
	}

	private static Outcome outcome(Election election, String rule, Selection selection, List<String> added,
			java.math.@Nullable BigDecimal endowment, Outcome.@Nullable Comparison comparison,
			List<Outcome.Payment> payments) {
		List<String> ids = selection.projects.stream().map(p -> election.ids[p]).toList();
		return new Outcome(rule, ids, election.money(selection.cost), election.money(election.budget), selection.ties,
				added, endowment, comparison, payments);
	}

	static String utilityName(Utility utility) {
		return utility.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
