package org.copro.engines.budgeting;

import java.util.ArrayList;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The Method of Equal Shares for a fixed voter budget (Peters, Pierczyński and Skowron,
 * "Proportional Participatory Budgeting with Additive Utilities", NeurIPS 2021;
 * equalshares.net): every voter gets an equal share of the budget; in each round the
 * project whose supporters can pay for it with the smallest payment per unit of utility,
 * ρ, is bought, each supporter paying {@code min(budget, ρ·u)}.
 *
 * <p>
 * Everything is exact. For speed, voters are not handled one by one: voters whose
 * remaining budgets are equal form one class, and a project's affordability is computed
 * over the classes of its supporters. Two voters can only differ in budget if their
 * ballots differ on the projects bought so far, so there are few classes even with tens
 * of thousands of voters. As in pabutools and the equalshares.net tool, a project's last
 * affordability is a lower bound for the next round (budgets only fall), so each round
 * evaluates only the projects that could still beat the best one.
 *
 * <p>
 * Add1 runs the method again and again with one more unit per voter; each run in doubles
 * leaves a {@link Trace} from which the next one reuses the work of the rounds that buy
 * the same projects.
 */
final class EqualSharesRule {

	private final Election election;

	private final TieBreaking tieBreaking;

	/** Per project, per supporter entry: the supporter's utility, or 0. */
	private final long[][] utility;

	/**
	 * Per project, per supporter entry: the index of the utility among the project's
	 * distinct ones.
	 */
	private final int[][] utilityIndex;

	/** Per project: its distinct utilities. */
	private final long[][] distinctUtilities;

	/** Per project: Σ multiplicity × utility over its supporters. */
	private final long[] totalUtility;

	/**
	 * Per ballot group, per listed project: the utility index of that supporter entry, or
	 * −1 for none.
	 */
	private final int[][] groupUtilityIndex;

	/** Projects that can be bought: positive cost and someone who gains from them. */
	private final List<Integer> candidates = new ArrayList<>();

	/** Projects that cost nothing and someone gains from: bought before anything else. */
	private final List<Integer> free = new ArrayList<>();

	EqualSharesRule(Election election, Utility measure, TieBreaking tieBreaking) {
		this.election = election;
		this.tieBreaking = tieBreaking;
		int projects = election.projectCount;
		utility = new long[projects][];
		utilityIndex = new int[projects][];
		distinctUtilities = new long[projects][];
		totalUtility = new long[projects];
		for (int p = 0; p < projects; p++) {
			int[] groups = election.supporters[p];
			utility[p] = new long[groups.length];
			utilityIndex[p] = new int[groups.length];
			Map<Long, Integer> distinct = new HashMap<>();
			List<Long> values = new ArrayList<>();
			for (int k = 0; k < groups.length; k++) {
				long u = measure.of(election, p, election.supporterPoints[p][k]);
				utility[p][k] = u;
				Integer index = distinct.get(u);
				if (index == null) {
					index = values.size();
					distinct.put(u, index);
					values.add(u);
				}
				utilityIndex[p][k] = index;
				totalUtility[p] = Math.addExact(totalUtility[p],
						Math.multiplyExact(u, election.multiplicity[groups[k]]));
			}
			distinctUtilities[p] = values.stream().mapToLong(Long::longValue).toArray();
			if (totalUtility[p] > 0) {
				(election.cost[p] > 0 ? candidates : free).add(p);
			}
		}
		groupUtilityIndex = new int[election.groups][];
		for (int g = 0; g < election.groups; g++) {
			groupUtilityIndex[g] = new int[election.groupProjects[g].length];
			Arrays.fill(groupUtilityIndex[g], -1);
		}
		for (int p = 0; p < projects; p++) {
			int[] groups = election.supporters[p];
			for (int k = 0; k < groups.length; k++) {
				if (utility[p][k] != 0) {
					int g = groups[k];
					int position = Arrays.binarySearch(election.groupProjects[g], p);
					groupUtilityIndex[g][position] = utilityIndex[p][k];
				}
			}
		}
	}

	/** One fixed-budget run and, when asked, who paid what. */
	record Run(Selection selection, Rational endowment, List<Outcome.Payment> payments) {
	}

	/** Runs done in doubles and runs redone exactly, for benchmarks. */
	static final java.util.concurrent.atomic.AtomicLong FAST_RUNS = new java.util.concurrent.atomic.AtomicLong();

	static final java.util.concurrent.atomic.AtomicLong EXACT_RUNS = new java.util.concurrent.atomic.AtomicLong();

	/** Runs the method with every voter starting from {@code endowment} money units. */
	Run run(Rational endowment, boolean explain) {
		return run(endowment, explain, new Trace(election));
	}

	/**
	 * As {@link #run(Rational, boolean)}, reusing what the last run with {@code trace}
	 * found.
	 */
	Run run(Rational endowment, boolean explain, Trace trace) {
		if (!explain) {
			Selection quick = new FastState(endowment.doubleValue(), trace).run();
			if (quick != null) {
				FAST_RUNS.incrementAndGet();
				return new Run(quick, endowment, List.of());
			}
			EXACT_RUNS.incrementAndGet();
		}
		return new State(endowment, explain).run();
	}

	/**
	 * What a run in doubles leaves behind for the next run at a nearby endowment, as Add1
	 * makes them.
	 *
	 * <p>
	 * Voters' budgets split into classes as projects are bought: the supporters of a
	 * bought project who had the same budget and utility move together into a new class.
	 * Here every such move makes a new class, also for voters who paid all they had, so
	 * the classes (not their values) depend only on which projects were bought in which
	 * order. Runs at endowments one unit apart usually buy the same projects in the same
	 * order for most rounds and differ only near the end. While a run repeats the
	 * previous run's purchases, it reuses that run's classes and its grouping of each
	 * project's supporters by class, and only recomputes the values: no pass over the
	 * ballots at all. From the first round that differs it goes on as a fresh run and
	 * records its own purchases.
	 */
	static final class Trace {

		/** Per ballot group: its class at the start of round {@link #classOfRound}. */
		private final int[] classOf;

		private int classOfRound;

		/**
		 * Per class: the class it was split from, and the round that split it (−1 for the
		 * start class).
		 */
		private int[] parent = new int[64];

		private int[] born = new int[64];

		private int classes;

		/** Per round: the project bought, and the first class its purchase made. */
		private final int[] bought;

		private final int[] firstChild;

		private int rounds;

		/**
		 * Per round and project: the project's supporters grouped by class at the start
		 * of the round.
		 */
		private final Grouping[][] grouped;

		/** Per class: its budget in the run under way. */
		private double[] value = new double[64];

		/** Scratch space for grouping by (class, utility), kept from run to run. */
		private int[] slotStamp = new int[0];

		private int[] slotOf = new int[0];

		private int stamp;

		Trace(Election election) {
			classOf = new int[election.groups];
			bought = new int[election.projectCount + 1];
			firstChild = new int[election.projectCount + 1];
			grouped = new Grouping[election.projectCount + 1][];
			born[0] = -1;
			classes = 1;
		}

		/**
		 * The class of ballot group {@code g} at the start of {@code round}, which must
		 * not lie ahead.
		 */
		private int classAt(int g, int round) {
			int c = classOf[g];
			while (born[c] >= round) {
				c = parent[c];
			}
			return c;
		}

		/**
		 * Forgets every round from {@code round} on except its groupings, and moves the
		 * classes back to it.
		 */
		private void truncate(int round) {
			if (round < rounds) {
				classes = firstChild[round];
				rounds = round;
			}
			for (int r = round + 1; r < grouped.length; r++) {
				grouped[r] = null;
			}
			if (classOfRound > round) {
				for (int g = 0; g < classOf.length; g++) {
					classOf[g] = classAt(g, round);
				}
				classOfRound = round;
			}
		}

		/**
		 * Makes room for slots of {@code width} utilities per class and starts a new
		 * grouping.
		 */
		private void newGrouping(int width) {
			long slots = (long) classes * width;
			if (slotStamp.length < slots) {
				slotStamp = new int[(int) Math.max(slots, slotStamp.length * 2L)];
				slotOf = new int[slotStamp.length];
				stamp = 0;
			}
			stamp++;
		}

		private int newClass(int from, int round) {
			if (classes == parent.length) {
				parent = Arrays.copyOf(parent, classes * 2);
				born = Arrays.copyOf(born, classes * 2);
				value = Arrays.copyOf(value, classes * 2);
			}
			parent[classes] = from;
			born[classes] = round;
			return classes++;
		}

	}

	/**
	 * A project's supporters grouped by (class, utility): {@code size} entries with their
	 * total weight.
	 */
	private record Grouping(int[] classes, int[] utilities, long[] weights, int size) {
	}

	/**
	 * A run in doubles that gives up (returns null) as soon as a decision is too close
	 * for doubles to be trusted; {@link State} then redoes the run exactly. Ties that are
	 * provably exact (contenders that no supporter is too poor for, whose prices are
	 * plain fractions of whole numbers, or contenders with identical costs and identical
	 * supporters' budgets) are settled without giving up.
	 *
	 * <p>
	 * A project is evaluated by grouping its supporters by (class, utility) in one pass
	 * over its ballot groups (plain array work), or by taking that grouping from the
	 * {@link Trace} of the previous run when this run has bought the same projects so
	 * far; the poor/rich iteration then runs over those entries. Only the few projects
	 * that the lazy lower bounds let through are evaluated in a round.
	 */
	private final class FastState {

		private static final double CLOSE = 1e-9;

		private final double endowment;

		private final Trace trace;

		private final double[] lowerBound;

		private final Selection selection = new Selection();

		/**
		 * The round being counted: the number of projects bought so far (free ones
		 * aside).
		 */
		private int round;

		/** Whether every purchase so far is the trace's purchase of the same round. */
		private boolean following = true;

		// Scratch space for grouping by (class, utility).
		private int[] entryClass = new int[16];

		private int[] entryUtility = new int[16];

		private long[] entryWeight = new long[16];

		private double[] spendingBudget = new double[16];

		private long[] spendingUtility = new long[16];

		private long[] spendingWeight = new long[16];

		/**
		 * Of the last scan: the utility still sharing the cost, and whether the poor had
		 * nothing at all.
		 */
		private long scannedDenominator;

		private boolean scannedPaidNothing;

		private long[] sharing = new long[0];

		FastState(double endowment, Trace trace) {
			this.endowment = endowment;
			this.trace = trace;
			trace.value[0] = endowment;
			lowerBound = new double[election.projectCount];
		}

		@Nullable Selection run() {
			for (int p : free) {
				selection.add(election, p);
			}
			// The projects still open, in a binary heap ordered by lower bound.
			OpenProjects open = new OpenProjects(candidates.size());
			for (int p : candidates) {
				lowerBound[p] = (double) election.cost[p] / totalUtility[p];
				open.push(p);
			}
			if (endowment <= 0) {
				return selection;
			}
			double[] price = new double[election.projectCount];
			int[] poor = new int[election.projectCount];
			sharing = new long[election.projectCount];
			List<Integer> evaluated = new ArrayList<>();
			for (round = 0;; round++) {
				// Projects come out cheapest bound first; one whose bound exceeds the
				// best price cannot win.
				// Which of several equal bounds comes first does not matter: every
				// project that could be
				// within rounding of the best price is evaluated whatever the order.
				double best = Double.POSITIVE_INFINITY;
				evaluated.clear();
				while (!open.isEmpty() && lowerBound[open.peek()] <= best * (1 + 4 * CLOSE)) {
					int p = open.pop();
					double rho = affordability(p);
					if (Double.isNaN(rho)) {
						return null;
					}
					if (rho == Double.POSITIVE_INFINITY) {
						// Budgets only fall: it stays unaffordable, so it leaves the heap
						// for good.
						continue;
					}
					price[p] = rho;
					// Who is poor does not matter when the poor have nothing: the price
					// is cost / utility left.
					poor[p] = scannedPaidNothing ? 0 : 1;
					sharing[p] = scannedDenominator;
					lowerBound[p] = rho;
					evaluated.add(p);
					best = Math.min(best, rho);
				}
				if (evaluated.isEmpty()) {
					// The run ends here; the trace must end here too.
					trace.truncate(round);
					return selection;
				}
				List<Integer> contenders = new ArrayList<>();
				for (int p : evaluated) {
					if (price[p] <= best * (1 + 2 * CLOSE)) {
						contenders.add(p);
					}
				}
				List<Integer> tied = contenders.size() == 1 ? contenders : exactTies(contenders, poor, price);
				if (tied == null) {
					return null;
				}
				TieBreaking.Resolution resolution = tieBreaking.resolve(election, tied);
				if (tied.size() > 1) {
					selection.tie(election, tied, resolution);
				}
				int chosen = resolution.chosen();
				for (int p : evaluated) {
					if (p != chosen) {
						open.push(p);
					}
				}
				selection.add(election, chosen);
				pay(chosen, price[chosen]);
			}
		}

		/** Open projects in a binary min-heap on {@link #lowerBound}. */
		private final class OpenProjects {

			private final int[] heap;

			private int size;

			OpenProjects(int capacity) {
				heap = new int[capacity];
			}

			boolean isEmpty() {
				return size == 0;
			}

			int peek() {
				return heap[0];
			}

			void push(int p) {
				int i = size++;
				while (i > 0 && lowerBound[heap[(i - 1) / 2]] > lowerBound[p]) {
					heap[i] = heap[(i - 1) / 2];
					i = (i - 1) / 2;
				}
				heap[i] = p;
			}

			int pop() {
				int top = heap[0];
				int last = heap[--size];
				int i = 0;
				while (2 * i + 1 < size) {
					int child = 2 * i + 1;
					if (child + 1 < size && lowerBound[heap[child + 1]] < lowerBound[heap[child]]) {
						child++;
					}
					if (lowerBound[heap[child]] >= lowerBound[last]) {
						break;
					}
					heap[i] = heap[child];
					i = child;
				}
				heap[i] = last;
				return top;
			}

		}

		/**
		 * The contenders whose prices are exactly the smallest, when that can be known
		 * without exact budgets; null when it cannot.
		 */
		private @Nullable List<Integer> exactTies(List<Integer> contenders, int[] poor, double[] price) {
			boolean noPoor = true;
			for (int p : contenders) {
				noPoor &= poor[p] == 0;
			}
			if (noPoor) {
				// Nobody short of money holds any: each price is exactly cost / utility
				// of the others.
				Rational best = null;
				List<Integer> tied = new ArrayList<>();
				for (int p : contenders) {
					Rational rho = Rational.of(election.cost[p], sharing[p]);
					int order = best == null ? -1 : rho.compareTo(best);
					if (order < 0) {
						best = rho;
						tied.clear();
						tied.add(p);
					}
					else if (order == 0) {
						tied.add(p);
					}
				}
				return tied;
			}
			// Same cost and the same supporters' budgets and utilities give exactly the
			// same price.
			int first = contenders.get(0);
			for (int p : contenders) {
				if (price[p] < price[first]) {
					first = p;
				}
			}
			List<Integer> tied = new ArrayList<>();
			for (int p : contenders) {
				if (p == first || identical(first, p)) {
					tied.add(p);
				}
				else {
					return null;
				}
			}
			return tied;
		}

		private boolean identical(int a, int b) {
			if (election.cost[a] != election.cost[b]) {
				return false;
			}
			Map<Long, Long> left = profile(a);
			return left.equals(profile(b));
		}

		/** A project's supporters as (budget bits, utility) → weight. */
		private Map<Long, Long> profile(int p) {
			Map<Long, Long> profile = new HashMap<>();
			Grouping grouping = grouping(p);
			long[] utilities = distinctUtilities[p];
			for (int i = 0; i < grouping.size(); i++) {
				long key = Double.doubleToLongBits(trace.value[grouping.classes()[i]]) * 31
						+ utilities[grouping.utilities()[i]];
				profile.merge(key, grouping.weights()[i], Long::sum);
			}
			return profile;
		}

		/**
		 * As {@link State}'s, in doubles: the price, infinity, or NaN when too close to
		 * call. Instead of sorting supporters, it starts from "everyone pays the same per
		 * unit of utility" and moves those who cannot to the poor side until nobody moves
		 * (the poor/rich iteration of pabutools), which takes a few passes over the
		 * distinct budgets.
		 */
		private double affordability(int p) {
			Grouping grouping = grouping(p);
			int entries = grouping.size();
			int[] classOf = grouping.classes();
			int[] utilityOf = grouping.utilities();
			long[] weight = grouping.weights();
			long cost = election.cost[p];
			long[] utilities = distinctUtilities[p];
			double[] classValue = trace.value;
			if (spendingBudget.length < entries) {
				int size = Math.max(entries, spendingBudget.length * 2);
				spendingBudget = new double[size];
				spendingUtility = new long[size];
				spendingWeight = new long[size];
			}
			// Supporters with nothing left are poor from the start. The others are copied
			// side by side into
			// the spending arrays, the poor ones first (up to poorEnd), so that each pass
			// reads only those
			// still rich, in order.
			double[] budgets = spendingBudget;
			long[] utilityAt = spendingUtility;
			long[] weightAt = spendingWeight;
			int listed = 0;
			double money = 0;
			long emptyUtility = 0;
			for (int i = 0; i < entries; i++) {
				double budget = classValue[classOf[i]];
				long u = utilities[utilityOf[i]];
				if (budget == 0.0) {
					emptyUtility += weight[i] * u;
				}
				else {
					budgets[listed] = budget;
					utilityAt[listed] = u;
					weightAt[listed] = weight[i];
					listed++;
					money += budget * weight[i];
				}
			}
			if (Math.abs(money - cost) <= CLOSE * cost) {
				return Double.NaN;
			}
			if (money < cost) {
				return Double.POSITIVE_INFINITY;
			}
			double paid = 0;
			long denominatorLeft = totalUtility[p] - emptyUtility;
			int poorEnd = 0;
			double rho;
			while (true) {
				rho = (cost - paid) / denominatorLeft;
				int before = poorEnd;
				for (int j = poorEnd; j < listed; j++) {
					double budget = budgets[j];
					long u = utilityAt[j];
					if (budget < rho * u) {
						paid += budget * weightAt[j];
						denominatorLeft -= weightAt[j] * u;
						swap(j, poorEnd++);
					}
				}
				if (poorEnd == before) {
					break;
				}
				if (denominatorLeft == 0) {
					return Double.NaN;
				}
			}
			// Every supporter must be clearly on one side of the price, or rounding could
			// have chosen it.
			for (int j = 0; j < listed; j++) {
				double share = rho * utilityAt[j];
				double budget = budgets[j];
				if (Math.abs(budget - share) <= CLOSE * Math.max(budget, share)) {
					return Double.NaN;
				}
			}
			scannedDenominator = denominatorLeft;
			scannedPaidNothing = paid == 0.0;
			return rho;
		}

		/** Swaps two places of the spending arrays. */
		private void swap(int a, int b) {
			double budget = spendingBudget[a];
			spendingBudget[a] = spendingBudget[b];
			spendingBudget[b] = budget;
			long u = spendingUtility[a];
			spendingUtility[a] = spendingUtility[b];
			spendingUtility[b] = u;
			long weight = spendingWeight[a];
			spendingWeight[a] = spendingWeight[b];
			spendingWeight[b] = weight;
		}

		/**
		 * The supporters of {@code p} grouped by (class, utility) at the start of this
		 * round: the trace's grouping when it has one for this round (valid while this
		 * run follows it, and kept for the rounds this run records itself), else a pass
		 * over the project's ballot groups.
		 */
		private Grouping grouping(int p) {
			Grouping[] ofRound = trace.grouped[round];
			if (ofRound == null) {
				ofRound = new Grouping[election.projectCount];
				trace.grouped[round] = ofRound;
			}
			if (ofRound[p] == null) {
				ofRound[p] = collect(p);
			}
			return ofRound[p];
		}

		/**
		 * One pass over the ballot groups supporting {@code p}, grouping them by (class,
		 * utility).
		 */
		private Grouping collect(int p) {
			int width = distinctUtilities[p].length;
			trace.newGrouping(width);
			int[] slotStamp = trace.slotStamp;
			int[] slotOf = trace.slotOf;
			int stamp = trace.stamp;
			int entries = 0;
			int[] groups = election.supporters[p];
			long[] utilityOf = utility[p];
			int[] indexOf = utilityIndex[p];
			int[] multiplicity = election.multiplicity;
			// While following, the ballot groups' classes stand at a later round; look
			// back to this one.
			boolean behind = trace.classOfRound != round;
			for (int k = 0; k < groups.length; k++) {
				if (utilityOf[k] == 0) {
					continue;
				}
				int g = groups[k];
				int c = behind ? trace.classAt(g, round) : trace.classOf[g];
				int slot = c * width + indexOf[k];
				if (slotStamp[slot] != stamp) {
					slotStamp[slot] = stamp;
					if (entries == entryClass.length) {
						int size = entries * 2;
						entryClass = Arrays.copyOf(entryClass, size);
						entryUtility = Arrays.copyOf(entryUtility, size);
						entryWeight = Arrays.copyOf(entryWeight, size);
					}
					slotOf[slot] = entries;
					entryClass[entries] = c;
					entryUtility[entries] = indexOf[k];
					entryWeight[entries] = multiplicity[g];
					entries++;
				}
				else {
					entryWeight[slotOf[slot]] += multiplicity[g];
				}
			}
			return new Grouping(Arrays.copyOf(entryClass, entries), Arrays.copyOf(entryUtility, entries),
					Arrays.copyOf(entryWeight, entries), entries);
		}

		/**
		 * Charges the supporters of {@code p} at price ρ: each entry of its grouping
		 * becomes a new class with what it has left (nothing for those who had less than
		 * ρ·u, which are exactly the ones the price computation found poor). A purchase
		 * the trace already holds reuses its classes; any other is recorded, and moves
		 * every paying ballot group to its new class.
		 */
		private void pay(int p, double rho) {
			Grouping grouping = grouping(p);
			long[] utilities = distinctUtilities[p];
			boolean repeat = following && round < trace.rounds && trace.bought[round] == p;
			if (!repeat) {
				following = false;
				trace.truncate(round);
				trace.bought[round] = p;
				trace.firstChild[round] = trace.classes;
				trace.rounds = round + 1;
				for (int i = 0; i < grouping.size(); i++) {
					trace.newClass(grouping.classes()[i], round);
				}
				moveBallots(p, grouping);
			}
			double[] classValue = trace.value;
			int first = trace.firstChild[round];
			for (int i = 0; i < grouping.size(); i++) {
				double budget = trace.value[grouping.classes()[i]];
				classValue[first + i] = Math.max(0.0, budget - rho * utilities[grouping.utilities()[i]]);
			}
		}

		/**
		 * Moves every ballot group supporting {@code p} from its class to the class its
		 * entry became.
		 */
		private void moveBallots(int p, Grouping grouping) {
			int width = distinctUtilities[p].length;
			trace.newGrouping(width);
			int[] slotOf = trace.slotOf;
			for (int i = 0; i < grouping.size(); i++) {
				slotOf[grouping.classes()[i] * width + grouping.utilities()[i]] = i;
			}
			int first = trace.firstChild[round];
			int[] groups = election.supporters[p];
			for (int k = 0; k < groups.length; k++) {
				if (utility[p][k] != 0) {
					int g = groups[k];
					trace.classOf[g] = first + slotOf[trace.classOf[g] * width + utilityIndex[p][k]];
				}
			}
			trace.classOfRound = round + 1;
		}

	}

	/**
	 * The state of one run: voter classes and their budgets.
	 *
	 * <p>
	 * Budgets are exact: every budget is an integer numerator over a common denominator
	 * {@code D} that is multiplied by each bought project's denominator, so sums need no
	 * common-denominator search. A class keeps the numerator of the round it was made in
	 * (its epoch) and is scaled up to the current {@code D} only when exact arithmetic is
	 * needed. Each class also carries the double nearest to its exact budget; projects
	 * are compared in doubles, and a comparison whose two sides are within a relative
	 * 10⁻⁹ (where rounding could decide it) is redone exactly, as is the price of every
	 * project bought.
	 */
	private final class State {

		private static final double CLOSE = 1e-9;

		private final Rational endowment;

		private final boolean explain;

		/** Class of each ballot group. */
		private final int[] classOf;

		private BigInteger[] classNumerator = new BigInteger[64];

		private int[] classEpoch = new int[64];

		private double[] classValue = new double[64];

		private int classes;

		/**
		 * Classes made in the current epoch, by numerator, so that equal budgets share a
		 * class.
		 */
		private final Map<BigInteger, Integer> currentClasses = new HashMap<>();

		/**
		 * The current common denominator, and per epoch the factor from its denominator
		 * to it.
		 */
		private BigInteger denominator;

		private final List<BigInteger> epochFactor = new ArrayList<>();

		private final double[] lowerBound;

		private final Selection selection = new Selection();

		private final List<Outcome.Payment> payments = new ArrayList<>();

		// Scratch space for grouping a project's supporters by (class, utility).
		private int[] slotStamp = new int[0];

		private int[] slotOf = new int[0];

		private int stamp;

		private int[] entryClass = new int[16];

		private int[] entryUtility = new int[16];

		private long[] entryWeight = new long[16];

		private Integer[] entryOrder = new Integer[16];

		State(Rational endowment, boolean explain) {
			this.endowment = endowment;
			this.explain = explain;
			classOf = new int[election.groups];
			denominator = endowment.denominator();
			epochFactor.add(BigInteger.ONE);
			newClass(BigInteger.ZERO);
			int initial = newClass(endowment.numerator());
			Arrays.fill(classOf, initial);
			lowerBound = new double[election.projectCount];
		}

		private int newClass(BigInteger numerator) {
			int epoch = epochFactor.size() - 1;
			if (numerator.signum() == 0 && classes > 0) {
				return 0;
			}
			Integer existing = currentClasses.get(numerator);
			if (existing != null) {
				return existing;
			}
			if (classes == classNumerator.length) {
				classNumerator = Arrays.copyOf(classNumerator, classes * 2);
				classEpoch = Arrays.copyOf(classEpoch, classes * 2);
				classValue = Arrays.copyOf(classValue, classes * 2);
			}
			classNumerator[classes] = numerator;
			classEpoch[classes] = epoch;
			classValue[classes] = Rational.approximate(numerator, denominator);
			currentClasses.put(numerator, classes);
			return classes++;
		}

		/** The exact budget of a class as a numerator over the current denominator. */
		private BigInteger exactBudget(int c) {
			BigInteger factor = epochFactor.get(classEpoch[c]);
			return factor.equals(BigInteger.ONE) ? classNumerator[c] : classNumerator[c].multiply(factor);
		}

		Run run() {
			for (int p : free) {
				selection.add(election, p);
			}
			List<Integer> remaining = new ArrayList<>(candidates);
			for (int p : remaining) {
				lowerBound[p] = (double) election.cost[p] / totalUtility[p];
			}
			if (endowment.signum() <= 0) {
				return new Run(selection, endowment, payments);
			}
			double[] price = new double[election.projectCount];
			Exact[] exact = new Exact[election.projectCount];
			while (true) {
				remaining.sort((a, b) -> Double.compare(lowerBound[a], lowerBound[b]));
				double best = Double.POSITIVE_INFINITY;
				List<Integer> evaluated = new ArrayList<>();
				List<Integer> unaffordable = new ArrayList<>();
				for (int p : remaining) {
					if (lowerBound[p] > best * (1 + 4 * CLOSE)) {
						break;
					}
					exact[p] = null;
					double rho = affordability(p);
					if (Double.isNaN(rho)) {
						// Too close to call in doubles: settle it exactly.
						exact[p] = exactAffordability(p);
						rho = exact[p] == null ? Double.POSITIVE_INFINITY : exact[p].rho().doubleValue();
					}
					if (rho == Double.POSITIVE_INFINITY) {
						unaffordable.add(p);
						continue;
					}
					price[p] = rho;
					lowerBound[p] = rho;
					evaluated.add(p);
					best = Math.min(best, rho);
				}
				remaining.removeAll(unaffordable);
				if (evaluated.isEmpty()) {
					return new Run(selection, endowment, payments);
				}
				double threshold = best * (1 + 2 * CLOSE);
				List<Integer> contenders = new ArrayList<>();
				for (int p : evaluated) {
					if (price[p] <= threshold) {
						contenders.add(p);
					}
				}
				for (int p : contenders) {
					if (exact[p] == null) {
						exact[p] = exactAffordability(p);
					}
				}
				Rational bestExact = null;
				List<Integer> tied = new ArrayList<>();
				for (int p : contenders) {
					int order = bestExact == null ? -1 : exact[p].rho().compareTo(bestExact);
					if (order < 0) {
						bestExact = exact[p].rho();
						tied.clear();
						tied.add(p);
					}
					else if (order == 0) {
						tied.add(p);
					}
				}
				TieBreaking.Resolution resolution = tieBreaking.resolve(election, tied);
				if (tied.size() > 1) {
					selection.tie(election, tied, resolution);
				}
				int chosen = resolution.chosen();
				remaining.remove(Integer.valueOf(chosen));
				selection.add(election, chosen);
				// Recomputed so that the scratch arrays hold the chosen project's
				// supporters, in order.
				pay(chosen, exactAffordability(chosen));
			}
		}

		/**
		 * The smallest ρ such that the supporters of {@code p}, each paying
		 * {@code min(budget, ρ·u)}, raise its cost, in doubles; infinity when they
		 * cannot; NaN when rounding could change the answer.
		 */
		private double affordability(int p) {
			int entries = group(p);
			long cost = election.cost[p];
			long[] utilities = distinctUtilities[p];
			sortByBudgetPerUtility(p, entries, false);
			double paid = 0;
			long denominatorLeft = totalUtility[p];
			for (int i = 0; i < entries; i++) {
				int entry = entryOrder[i];
				double budget = classValue[entryClass[entry]];
				long u = utilities[entryUtility[entry]];
				double need = (cost - paid) * u;
				double have = budget * denominatorLeft;
				if (Math.abs(need - have) <= CLOSE * Math.max(Math.abs(need), Math.abs(have))) {
					return Double.NaN;
				}
				if (need < have) {
					return (cost - paid) / denominatorLeft;
				}
				paid += budget * entryWeight[entry];
				denominatorLeft -= entryWeight[entry] * u;
			}
			return Math.abs(cost - paid) <= CLOSE * cost ? Double.NaN : Double.POSITIVE_INFINITY;
		}

		/** The exact price of a project and what its computation leaves for paying. */
		private record Exact(Rational rho, BigInteger rhoNumerator, long rhoDenominator, int entries, int poor) {
		}

		/**
		 * {@link #affordability} in exact arithmetic; null when the supporters cannot
		 * afford the project.
		 */
		private @Nullable Exact exactAffordability(int p) {
			int entries = group(p);
			long[] utilities = distinctUtilities[p];
			sortByBudgetPerUtility(p, entries, true);
			BigInteger costLeft = BigInteger.valueOf(election.cost[p]).multiply(denominator);
			long denominatorLeft = totalUtility[p];
			for (int i = 0; i < entries; i++) {
				int entry = entryOrder[i];
				BigInteger budget = exactBudget(entryClass[entry]);
				long u = utilities[entryUtility[entry]];
				if (costLeft.multiply(BigInteger.valueOf(u))
					.compareTo(budget.multiply(BigInteger.valueOf(denominatorLeft))) <= 0) {
					Rational rho = Rational.of(costLeft, denominator.multiply(BigInteger.valueOf(denominatorLeft)));
					return new Exact(rho, costLeft, denominatorLeft, entries, i);
				}
				costLeft = costLeft.subtract(budget.multiply(BigInteger.valueOf(entryWeight[entry])));
				denominatorLeft -= entryWeight[entry] * u;
			}
			return null;
		}

		/**
		 * Orders the grouped entries by budget per unit of utility; exactly when asked.
		 */
		private void sortByBudgetPerUtility(int p, int entries, boolean exactly) {
			long[] utilities = distinctUtilities[p];
			for (int i = 0; i < entries; i++) {
				entryOrder[i] = i;
			}
			Arrays.sort(entryOrder, 0, entries, (a, b) -> {
				double left = classValue[entryClass[a]] * utilities[entryUtility[b]];
				double right = classValue[entryClass[b]] * utilities[entryUtility[a]];
				if (!exactly || Math.abs(left - right) > CLOSE * Math.max(Math.abs(left), Math.abs(right))) {
					return Double.compare(left, right);
				}
				return exactBudget(entryClass[a]).multiply(BigInteger.valueOf(utilities[entryUtility[b]]))
					.compareTo(exactBudget(entryClass[b]).multiply(BigInteger.valueOf(utilities[entryUtility[a]])));
			});
		}

		/**
		 * Groups the supporters of {@code p} by (class, utility); returns the number of
		 * entries.
		 */
		private int group(int p) {
			int width = distinctUtilities[p].length;
			long slots = (long) classes * width;
			if (slotStamp.length < slots) {
				slotStamp = new int[(int) Math.max(slots, slotStamp.length * 2L)];
				slotOf = new int[slotStamp.length];
				stamp = 0;
			}
			stamp++;
			int entries = 0;
			int[] groups = election.supporters[p];
			long[] utilityOf = utility[p];
			int[] indexOf = utilityIndex[p];
			for (int k = 0; k < groups.length; k++) {
				if (utilityOf[k] == 0) {
					continue;
				}
				int g = groups[k];
				int slot = classOf[g] * width + indexOf[k];
				int entry;
				if (slotStamp[slot] != stamp) {
					slotStamp[slot] = stamp;
					entry = entries++;
					slotOf[slot] = entry;
					ensureEntries(entries);
					entryClass[entry] = classOf[g];
					entryUtility[entry] = indexOf[k];
					entryWeight[entry] = 0;
				}
				else {
					entry = slotOf[slot];
				}
				entryWeight[entry] += election.multiplicity[g];
			}
			return entries;
		}

		private void ensureEntries(int entries) {
			if (entries > entryClass.length) {
				int size = entryClass.length * 2;
				entryClass = Arrays.copyOf(entryClass, size);
				entryUtility = Arrays.copyOf(entryUtility, size);
				entryWeight = Arrays.copyOf(entryWeight, size);
				entryOrder = Arrays.copyOf(entryOrder, size);
			}
		}

		/**
		 * Charges the supporters of {@code p} at price ρ: the first {@code poor} entries
		 * of the exact computation pay all they have, the others ρ·u each. Opens a new
		 * epoch whose denominator is the old one times ρ's.
		 */
		private void pay(int p, Exact price) {
			// The exact computation left the entries of p grouped and sorted; keep that
			// order.
			int entries = price.entries();
			int width = distinctUtilities[p].length;
			long[] utilities = distinctUtilities[p];
			BigInteger rhoDenominator = BigInteger.valueOf(price.rhoDenominator());
			BigInteger[] budgets = new BigInteger[entries];
			for (int i = 0; i < entries; i++) {
				budgets[i] = exactBudget(entryClass[entryOrder[i]]);
			}
			BigInteger oldDenominator = denominator;
			denominator = denominator.multiply(rhoDenominator);
			for (int e = 0; e < epochFactor.size(); e++) {
				epochFactor.set(e, epochFactor.get(e).multiply(rhoDenominator));
			}
			epochFactor.add(BigInteger.ONE);
			currentClasses.clear();
			Map<Integer, Integer> nextClass = new HashMap<>();
			Map<Rational, long[]> shares = explain ? new java.util.TreeMap<>() : Map.of();
			Map<Rational, Boolean> exhausted = explain ? new HashMap<>() : Map.of();
			for (int i = 0; i < entries; i++) {
				int entry = entryOrder[i];
				long u = utilities[entryUtility[entry]];
				boolean all = i < price.poor();
				BigInteger left = all ? BigInteger.ZERO : budgets[i].multiply(rhoDenominator)
					.subtract(price.rhoNumerator().multiply(BigInteger.valueOf(u)));
				nextClass.put(entryClass[entry] * width + entryUtility[entry], newClass(left));
				if (explain) {
					Rational paid = all ? Rational.of(budgets[i], oldDenominator)
							: Rational.of(price.rhoNumerator().multiply(BigInteger.valueOf(u)), denominator);
					shares.computeIfAbsent(paid, key -> new long[1])[0] += entryWeight[entry];
					exhausted.merge(paid, all || left.signum() == 0, Boolean::logicalOr);
				}
			}
			int[] groups = election.supporters[p];
			for (int k = 0; k < groups.length; k++) {
				if (utility[p][k] != 0) {
					int g = groups[k];
					classOf[g] = nextClass.get(classOf[g] * width + utilityIndex[p][k]);
				}
			}
			if (explain) {
				List<Outcome.Share> list = new ArrayList<>();
				for (Map.Entry<Rational, long[]> entry : shares.entrySet()) {
					list.add(new Outcome.Share(election.amount(entry.getKey()), entry.getValue()[0],
							exhausted.get(entry.getKey())));
				}
				payments.add(new Outcome.Payment(election.ids[p], election.money(election.cost[p]), list));
			}
		}

	}

}
