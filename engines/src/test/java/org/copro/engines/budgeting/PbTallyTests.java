package org.copro.engines.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.copro.engines.InvalidInputException;
import org.copro.engines.budgeting.TallyOptions.Add1Start;
import org.copro.engines.budgeting.TallyOptions.Add1Stop;
import org.copro.engines.budgeting.TallyOptions.Completion;
import org.copro.engines.budgeting.TallyOptions.Rule;
import org.junit.jupiter.api.Test;

/**
 * Rules on elections small enough to count by hand (the numbers are worked out in the
 * comments).
 */
class PbTallyTests {

	private final PbFile approval = Fixtures.read("small_approval.pb");

	private static TallyOptions greedy() {
		return TallyOptions.of(Rule.GREEDY);
	}

	@Test
	void greedyFundsByVotesAndSkipsWhatDoesNotFit() {
		// a (4 votes, 60) and b (3, 40) spend all 100; c and d no longer fit.
		Outcome outcome = PbTally.tally(approval, greedy());
		assertThat(outcome.selected()).containsExactly("a", "b");
		assertThat(outcome.totalCost()).isEqualByComparingTo("100");
		assertThat(outcome.budget()).isEqualByComparingTo("100");
	}

	@Test
	void greedyPerCostBreaksTheTieBetweenEqualRatiosByLowerCostAndReportsIt() {
		// Votes per cost: b 3/40, then a 4/60 = c 2/30 exactly; c is cheaper, then a no
		// longer fits.
		Outcome outcome = PbTally.tally(approval, greedy().withUtility(Utility.CARDINALITY));
		assertThat(outcome.selected()).containsExactly("b", "c");
		assertThat(outcome.ties()).singleElement().satisfies(tie -> {
			assertThat(tie.tied()).containsExactly("a", "c");
			assertThat(tie.chosen()).isEqualTo("c");
			assertThat(tie.decidedBy()).isEqualTo("min-cost");
		});
		Outcome byId = PbTally.tally(approval,
				greedy().withUtility(Utility.CARDINALITY).withTieBreaking(TieBreaking.BY_ID));
		assertThat(byId.selected()).containsExactly("b", "a");
	}

	@Test
	void greedyVariantsStopOrDropAsCitiesDo() {
		assertThat(PbTally.tally(approval, greedy().withGreedy(true, 4)).selected()).containsExactly("a");
		// Cumulative: by points b 9, a 7, c 4; by voters all three have 3 and cost
		// decides.
		PbFile cumulative = Fixtures.read("small_cumulative.pb");
		assertThat(PbTally.tally(cumulative, greedy().withUtility(Utility.POINTS_COST)).selected()).containsExactly("b",
				"a");
		assertThat(PbTally.tally(cumulative, greedy()).selected()).containsExactly("c", "b");
		// No-skip stops at a (60 > 30 left) and never looks at cheaper projects after it.
		PbFile skipping = PbReader.parse("META\nkey;value\nbudget;100\nrule;greedy-no-skip\nPROJECTS\n"
				+ "project_id;cost\nx;70\ny;60\nz;10\nVOTES\nvoter_id;vote\n1;x,y,z\n2;x,y\n3;x\n");
		assertThat(PbTally.tally(skipping, greedy()).selected()).containsExactly("x", "z");
		assertThat(PbTally.tally(skipping, TallyOptions.of(Rule.OFFICIAL)).selected()).containsExactly("x");
	}

	@Test
	void ordinalBallotsScoreMaxLengthMinusRank() {
		// max_length 3: points 3, 2, 1 by rank. c 3+3+2 = 8, b 1+2+3 = 6, a 2+3 = 5; c
		// and b spend 90.
		PbFile ordinal = Fixtures.read("small_ordinal.pb");
		assertThat(PbTally.tally(ordinal, TallyOptions.of(Rule.OFFICIAL)).selected()).containsExactly("c", "b");
	}

	@Test
	void officialRuleReproducesTheSelectedColumn() {
		Outcome outcome = PbTally.tally(approval, TallyOptions.of(Rule.OFFICIAL));
		assertThat(outcome.rule()).isEqualTo("official:greedy");
		assertThat(outcome.selected()).containsExactlyInAnyOrderElementsOf(
				approval.projects().stream().filter(PbProject::selected).map(PbProject::id).toList());
	}

	@Test
	void officialRuleRefusesAnUnknownRule() {
		PbFile unknown = PbReader.parse("META\nkey;value\nbudget;1\nrule;unknown\nPROJECTS\nproject_id;cost\n"
				+ "p;1\nVOTES\nvoter_id;vote\nv;p\n");
		assertThatThrownBy(() -> PbTally.tally(unknown, TallyOptions.of(Rule.OFFICIAL)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("META rule 'unknown'");
	}

	@Test
	void sequentialPhragmenBuysAtTheLowestNewLoad() {
		// Loads: b 40/3; then a (60 + 2·40/3)/4 = 65/3 = c (30 + 40/3)/2: a tie, c is
		// cheaper.
		// Then a would cost (60 + 80/3 + 65/3)/4 but no longer fits: the count stops.
		Outcome outcome = PbTally.tally(approval, TallyOptions.of(Rule.PHRAGMEN));
		assertThat(outcome.selected()).containsExactly("b", "c");
		assertThat(outcome.ties()).singleElement().satisfies(tie -> assertThat(tie.decidedBy()).isEqualTo("min-cost"));
		assertThat(
				PbTally.tally(approval, TallyOptions.of(Rule.PHRAGMEN).withTieBreaking(TieBreaking.BY_ID)).selected())
			.containsExactly("b", "a");
	}

	@Test
	void equalSharesWithoutCompletionStopsWhenNothingIsAffordable() {
		// Each voter has 100/6. a: 4 supporters pay 15 each. Then b's supporters hold 5/3
		// + 5/3 + 50/3 = 20 < 40,
		// c's 5/3 + 50/3 < 30, d's 50/3 < 50.
		Outcome outcome = PbTally.tally(approval, TallyOptions.mes().withCompletion(Completion.NONE).withExplain(true));
		assertThat(outcome.selected()).containsExactly("a");
		assertThat(outcome.payments()).singleElement().satisfies(payment -> {
			assertThat(payment.project()).isEqualTo("a");
			assertThat(payment.shares()).singleElement().satisfies(share -> {
				assertThat(share.voters()).isEqualTo(4);
				assertThat(share.amount()).isEqualByComparingTo("15.00");
				assertThat(share.exhausted()).isFalse();
			});
		});
	}

	@Test
	void add1StopsAtTheFirstExhaustiveOutcomeOrContinuesUntilOverspending() {
		// With k per voter: after a, voters 1-4 keep k − 15. At k = 23, c is affordable
		// (8 + 23 ≥ 30)
		// and {a, c} (90) is exhaustive. Continuing: k = 24 gives {a, b} (100); c becomes
		// affordable
		// after a and b at k = 30 (130 > 100), so the last fitting budget is 29.
		Outcome exhaustive = PbTally.tally(approval, TallyOptions.mes());
		assertThat(exhaustive.selected()).containsExactly("a", "c");
		assertThat(exhaustive.endowment()).isEqualByComparingTo("23");
		Outcome overspend = PbTally.tally(approval,
				TallyOptions.mes().withAdd1(Add1Start.INTEGRAL, Add1Stop.OVERSPEND));
		assertThat(overspend.selected()).containsExactly("a", "b");
		assertThat(overspend.endowment()).isEqualByComparingTo("29");
		// From the exact share 100/6, k + 2/3: exhaustive first at 22 + 2/3.
		Outcome exact = PbTally.tally(approval, TallyOptions.mes().withAdd1(Add1Start.EXACT, Add1Stop.EXHAUSTIVE));
		assertThat(exact.selected()).containsExactly("a", "c");
		assertThat(exact.endowment()).isEqualByComparingTo("22.67");
	}

	@Test
	void explainedAdd1PaymentsAddUpToEachWinnersCost() {
		Outcome outcome = PbTally.tally(approval, TallyOptions.mes().withExplain(true));
		assertThat(outcome.payments()).extracting(Outcome.Payment::project).containsExactly("a", "c");
		for (Outcome.Payment payment : outcome.payments()) {
			BigDecimal total = payment.shares()
				.stream()
				.map(share -> share.amount().multiply(BigDecimal.valueOf(share.voters())))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(total).isEqualByComparingTo(payment.cost());
		}
		// c: voter 3 has 23 − 15 = 8 left and gives it all; voter 5 pays the other 22.
		assertThat(outcome.payments().get(1).shares()).extracting(Outcome.Share::amount, Outcome.Share::exhausted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("8.00"), true),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("22.00"), false));
	}

	@Test
	void utilitarianCompletionFillsWhatIsLeftByVotes() {
		// MES alone funds a (60); then by votes b (3) fits exactly.
		Outcome outcome = PbTally.tally(approval, TallyOptions.mes().withCompletion(Completion.UTILITARIAN));
		assertThat(outcome.selected()).containsExactly("a", "b");
		assertThat(outcome.addedByCompletion()).containsExactly("b");
	}

	@Test
	void comparisonStepKeepsEqualSharesUnlessMoreVotersPreferGreedy() {
		// {a, c} against greedy {a, b}: voter 3 prefers MES, voters 1 and 2 prefer
		// greedy.
		Outcome outcome = PbTally.tally(approval, TallyOptions.mes().withComparison(true));
		assertThat(outcome.comparison()).isEqualTo(new Outcome.Comparison(1, 2, false));
		assertThat(outcome.selected()).containsExactly("a", "b");
	}

	@Test
	void cardinalityAndPointsUtilitiesSplitCostsDifferently() {
		// Cardinality, 100/6 each: ρ is the payment per supporter: a 15, b 40/3, c 15: b
		// first.
		Outcome card = PbTally.tally(approval,
				TallyOptions.mes().withCompletion(Completion.NONE).withUtility(Utility.CARDINALITY));
		assertThat(card.selected().get(0)).isEqualTo("b");
		PbFile cumulative = Fixtures.read("small_cumulative.pb");
		Outcome points = PbTally.tally(cumulative,
				TallyOptions.mes().withCompletion(Completion.NONE).withUtility(Utility.POINTS).withExplain(true));
		assertThat(points.selected()).isNotEmpty();
		for (Outcome.Payment payment : points.payments()) {
			BigDecimal total = payment.shares()
				.stream()
				.map(share -> share.amount().multiply(BigDecimal.valueOf(share.voters())))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(total.subtract(payment.cost()).abs()).isLessThan(new BigDecimal("0.05"));
		}
	}

	@Test
	void groupingIdenticalBallotsDoesNotChangeOutcomes() {
		// The same election with every ballot copied three times, reversed and shuffled.
		List<PbVote> votes = new ArrayList<>();
		int id = 0;
		for (int copy = 0; copy < 3; copy++) {
			for (PbVote vote : approval.votes()) {
				List<String> listed = new ArrayList<>(vote.projects());
				Collections.reverse(listed);
				votes.add(new PbVote("v" + id++, listed, null, java.util.Map.of(), 0));
			}
		}
		Collections.shuffle(votes, new Random(7));
		PbFile tripled = approval.withVotes(votes);
		// Add1 is left out: three times the voters means a third of the budget each,
		// another count.
		for (TallyOptions options : List.of(TallyOptions.mes().withCompletion(Completion.NONE),
				TallyOptions.of(Rule.PHRAGMEN), greedy(),
				TallyOptions.mes().withUtility(Utility.CARDINALITY).withCompletion(Completion.UTILITARIAN))) {
			assertThat(new java.util.TreeSet<>(PbTally.tally(tripled, options).selected())).as(options.toString())
				.isEqualTo(new java.util.TreeSet<>(PbTally.tally(approval, options).selected()));
		}
	}

	@Test
	void equalSharesMatchesABruteForceRunOnRandomElections() {
		// The grouped, double-first implementation against a plain per-voter exact one.
		Random random = new Random(42);
		for (int round = 0; round < 60; round++) {
			PbFile file = randomElection(random);
			for (Utility utility : List.of(Utility.COST, Utility.CARDINALITY)) {
				Outcome fast = PbTally.tally(file,
						TallyOptions.mes().withCompletion(Completion.NONE).withUtility(utility));
				List<String> slow = NaiveEqualShares.select(file, utility);
				assertThat(fast.selected()).as("round %d %s", round, utility).isEqualTo(slow);
			}
		}
	}

	@Test
	void runsThatReuseThePreviousRunsTraceChooseAsFreshRunsDo() {
		// Add1's endowments one unit apart, each run starting from the last one's classes
		// and groupings.
		Random random = new Random(11);
		int diverged = 0;
		for (int round = 0; round < 60; round++) {
			Election election = Election.of(randomElection(random));
			for (Utility utility : List.of(Utility.COST, Utility.CARDINALITY)) {
				EqualSharesRule rule = new EqualSharesRule(election, utility, TieBreaking.DEFAULT);
				EqualSharesRule.Trace trace = new EqualSharesRule.Trace(election);
				List<Integer> previous = List.of();
				for (long endowment = 0; endowment <= election.budget; endowment++) {
					Selection traced = rule.run(Rational.of(endowment), false, trace).selection();
					Selection fresh = rule.run(Rational.of(endowment), false).selection();
					assertThat(traced.projects).as("round %d %s endowment %d", round, utility, endowment)
						.isEqualTo(fresh.projects);
					assertThat(traced.ties).isEqualTo(fresh.ties);
					diverged += traced.projects.equals(previous) ? 0 : 1;
					previous = traced.projects;
				}
			}
		}
		// The runs must have changed course often, or the trace was hardly put to the
		// test.
		assertThat(diverged).isGreaterThan(500);
	}

	private static PbFile randomElection(Random random) {
		StringBuilder text = new StringBuilder(
				"META\nkey;value\nbudget;" + (50 + random.nextInt(200)) + "\nPROJECTS\nproject_id;cost\n");
		int projects = 3 + random.nextInt(6);
		for (int p = 0; p < projects; p++) {
			text.append("p").append(p).append(';').append(5 + random.nextInt(60)).append('\n');
		}
		text.append("VOTES\nvoter_id;vote\n");
		int voters = 2 + random.nextInt(25);
		for (int v = 0; v < voters; v++) {
			List<String> listed = new ArrayList<>();
			for (int p = 0; p < projects; p++) {
				if (random.nextInt(3) == 0) {
					listed.add("p" + p);
				}
			}
			text.append('v').append(v).append(';').append(String.join(",", listed)).append('\n');
		}
		return PbReader.parse(text.toString());
	}

	@Test
	void add1SpendsWhatIsLeftWhenEveryProjectFitsTheBudget() {
		// 1,000 voters, half for a, half for b: with 0.55 each, b's supporters cannot pay
		// 300. Everything fits the
		// budget, so Add1 raises the money per voter until b is bought too; c, which
		// nobody supports, never is,
		// and Add1 stops once every supported project is chosen.
		StringBuilder text = new StringBuilder("META\nkey;value\nbudget;550\nvote_type;approval\nPROJECTS\n"
				+ "project_id;cost\na;200\nb;300\nc;50\nVOTES\nvoter_id;vote\n");
		for (int v = 0; v < 1_000; v++) {
			text.append(v).append(';').append(v < 500 ? "a" : "b").append('\n');
		}
		PbFile election = PbReader.parse(text.toString());
		assertThat(PbTally.tally(election, TallyOptions.mes().withCompletion(Completion.NONE)).selected())
			.containsExactly("a");
		assertThat(PbTally.tally(election, TallyOptions.mes().withCompletion(Completion.ADD1)).selected())
			.containsExactlyInAnyOrder("a", "b");
		assertThat(PbTally.tally(election, TallyOptions.mes().withCompletion(Completion.ADD1U)).selected())
			.contains("a", "b");
	}

}
