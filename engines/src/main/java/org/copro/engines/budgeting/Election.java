package org.copro.engines.budgeting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * A {@link PbFile} compiled for counting: costs and budget as whole numbers of a money
 * unit, points as whole numbers, and identical ballots grouped with their multiplicity.
 *
 * <p>
 * Grouping is exact: every rule treats the voters of one group alike, so a group of
 * {@code m} voters stands for {@code m} copies of its ballot. Costs that have decimals
 * are all scaled by the same power of ten (the money unit), which no rule's outcome
 * depends on; Add1's increment of one currency unit per voter is scaled with them.
 */
final class Election {

	final PbFile file;

	final VoteType type;

	final int projectCount;

	final String[] ids;

	/** Cost of each project in money units. */
	final long[] cost;

	/** The budget in money units. */
	final long budget;

	/** Money units in one currency unit (a power of ten). */
	final long unit;

	/** Number of voters, empty ballots included. */
	final long voters;

	/** Number of distinct ballots. */
	final int groups;

	final int[] multiplicity;

	/** Per group: its projects and the points it gives them (1 for approval ballots). */
	final int[][] groupProjects;

	final long[][] groupPoints;

	/** Per project: the groups that list it and the points each gives. */
	final int[][] supporters;

	final long[][] supporterPoints;

	/** Per project: voters who list it, and the points they give it in total. */
	final long[] approvals;

	final long[] points;

	private Election(PbFile file) {
		this.file = file;
		this.type = file.voteType();
		List<PbProject> projects = file.projects();
		projectCount = projects.size();
		ids = new String[projectCount];
		Map<String, Integer> index = new HashMap<>(projectCount * 2);
		int scale = Math.max(0, file.budget().stripTrailingZeros().scale());
		for (int p = 0; p < projectCount; p++) {
			ids[p] = projects.get(p).id();
			index.put(ids[p], p);
			scale = Math.max(scale, projects.get(p).cost().stripTrailingZeros().scale());
		}
		unit = BigInteger.TEN.pow(scale).longValueExact();
		cost = new long[projectCount];
		for (int p = 0; p < projectCount; p++) {
			cost[p] = projects.get(p).cost().movePointRight(scale).longValueExact();
		}
		budget = file.budget().movePointRight(scale).toBigIntegerExact().longValueExact();

		int pointScale = 0;
		boolean readPoints = type.hasPoints();
		if (readPoints) {
			for (PbVote vote : file.votes()) {
				for (BigDecimal value : vote.points()) {
					pointScale = Math.max(pointScale, value.stripTrailingZeros().scale());
				}
			}
		}
		long maxLength = ordinalLength(file);

		Map<Key, Integer> groupOf = new HashMap<>();
		List<int[]> projectLists = new ArrayList<>();
		List<long[]> pointLists = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		for (PbVote vote : file.votes()) {
			int size = vote.projects().size();
			long[] entries = new long[size];
			for (int i = 0; i < size; i++) {
				long given = switch (type) {
					case CUMULATIVE, SCORING -> vote.points().get(i).movePointRight(pointScale).longValueExact();
					case ORDINAL -> Math.max(0, maxLength - i);
					default -> 1;
				};
				// One long per entry: the project in the high bits, its points in the low
				// ones, sorted so that
				// the same ballot written in another order lands in the same group.
				entries[i] = ((long) index.get(vote.projects().get(i)) << 40) | given;
			}
			Arrays.sort(entries);
			Key key = new Key(entries);
			Integer group = groupOf.get(key);
			if (group == null) {
				group = projectLists.size();
				groupOf.put(key, group);
				int[] listed = new int[size];
				long[] given = new long[size];
				for (int i = 0; i < size; i++) {
					listed[i] = (int) (entries[i] >>> 40);
					given[i] = entries[i] & ((1L << 40) - 1);
				}
				projectLists.add(listed);
				pointLists.add(given);
				counts.add(0);
			}
			counts.set(group, counts.get(group) + 1);
		}
		voters = file.votes().size();
		groups = projectLists.size();
		multiplicity = new int[groups];
		groupProjects = new int[groups][];
		groupPoints = new long[groups][];
		int[] supporterCount = new int[projectCount];
		for (int g = 0; g < groups; g++) {
			multiplicity[g] = counts.get(g);
			groupProjects[g] = projectLists.get(g);
			groupPoints[g] = pointLists.get(g);
			for (int p : groupProjects[g]) {
				supporterCount[p]++;
			}
		}
		supporters = new int[projectCount][];
		supporterPoints = new long[projectCount][];
		approvals = new long[projectCount];
		points = new long[projectCount];
		for (int p = 0; p < projectCount; p++) {
			supporters[p] = new int[supporterCount[p]];
			supporterPoints[p] = new long[supporterCount[p]];
		}
		int[] filled = new int[projectCount];
		for (int g = 0; g < groups; g++) {
			for (int i = 0; i < groupProjects[g].length; i++) {
				int p = groupProjects[g][i];
				long given = groupPoints[g][i];
				supporters[p][filled[p]] = g;
				supporterPoints[p][filled[p]++] = given;
				approvals[p] += multiplicity[g];
				points[p] += given * multiplicity[g];
			}
		}
	}

	/**
	 * The last file compiled: callers often count several rules on one parsed file (the
	 * benchmark, a results page that sets MES beside greedy), and an election is never
	 * changed once compiled.
	 */
	private static final AtomicReference<@Nullable Election> LAST = new AtomicReference<>();

	/**
	 * Compiles a file, or returns the compiled form of the very same file object counted
	 * last.
	 */
	static Election of(PbFile file) {
		Election last = LAST.get();
		if (last != null && last.file == file) {
			return last;
		}
		Election election = new Election(file);
		LAST.set(election);
		return election;
	}

	/**
	 * The length that ranks count down from: META's max_length, else the longest ballot.
	 */
	private static long ordinalLength(PbFile file) {
		var declared = file.metaLong("max_length");
		if (declared.isPresent()) {
			return declared.getAsLong();
		}
		long longest = 0;
		for (PbVote vote : file.votes()) {
			longest = Math.max(longest, vote.projects().size());
		}
		return longest;
	}

	/** Total cost of some projects. */
	long costOf(Iterable<Integer> projects) {
		long total = 0;
		for (int p : projects) {
			total += cost[p];
		}
		return total;
	}

	/** Money units as an amount in the file's currency. */
	BigDecimal money(long units) {
		return BigDecimal.valueOf(units).movePointLeft(digits(unit));
	}

	/** An exact amount of money units, rounded to a hundredth of the currency unit. */
	BigDecimal amount(Rational units) {
		return new BigDecimal(units.numerator())
			.divide(new BigDecimal(units.denominator()), 12, java.math.RoundingMode.HALF_EVEN)
			.movePointLeft(digits(unit))
			.setScale(2, java.math.RoundingMode.HALF_EVEN);
	}

	private static int digits(long unit) {
		int digits = 0;
		for (long u = unit; u > 1; u /= 10) {
			digits++;
		}
		return digits;
	}

	private record Key(long[] entries) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(entries, key.entries);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(entries);
		}
	}

}
