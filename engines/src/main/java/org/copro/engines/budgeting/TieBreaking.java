package org.copro.engines.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ordered list of criteria that decide between projects a rule finds equally good.
 *
 * <p>
 * The default follows equalshares.net's recommendation (lower cost first, then more
 * votes) and ends with the project id, compared as text, so that every tie is decided and
 * can be reported.
 *
 * @param criteria the criteria in the order they are tried
 */
public record TieBreaking(List<Criterion> criteria) {

	/** One way to prefer one project over another. */
	public enum Criterion {

		/** The cheaper project. */
		MIN_COST,
		/** The project more voters list. */
		MAX_VOTES,
		/**
		 * The project whose id comes first as text (pabutools' lexicographic
		 * tie-breaking).
		 */
		ID,
		/** The project listed first in the file. */
		FILE_ORDER

	}

	/** Lower cost, then more votes, then project id. */
	public static final TieBreaking DEFAULT = new TieBreaking(
			List.of(Criterion.MIN_COST, Criterion.MAX_VOTES, Criterion.ID));

	/** Project id only, as pabutools does. */
	public static final TieBreaking BY_ID = new TieBreaking(List.of(Criterion.ID));

	public TieBreaking {
		criteria = List.copyOf(criteria);
	}

	/** The outcome of breaking one tie. */
	record Resolution(int chosen, String decidedBy) {
	}

	/**
	 * Chooses among equally good projects; {@code decidedBy} names the criterion that
	 * settled it.
	 */
	Resolution resolve(Election election, List<Integer> tied) {
		List<Integer> remaining = new ArrayList<>(tied);
		for (Criterion criterion : criteria) {
			Comparator<Integer> order = comparator(election, criterion);
			int best = remaining.get(0);
			for (int candidate : remaining) {
				if (order.compare(candidate, best) < 0) {
					best = candidate;
				}
			}
			int first = best;
			remaining.removeIf(candidate -> order.compare(candidate, first) != 0);
			if (remaining.size() == 1) {
				return new Resolution(remaining.get(0), name(criterion));
			}
		}
		// No criterion separates them: file order, and the report says the tie stayed
		// open.
		return new Resolution(remaining.stream().min(Integer::compare).orElseThrow(), "unresolved");
	}

	/** A total order in which better-placed projects come first among equals. */
	Comparator<Integer> order(Election election) {
		Comparator<Integer> order = (a, b) -> 0;
		for (Criterion criterion : criteria) {
			order = order.thenComparing(comparator(election, criterion));
		}
		return order.thenComparing(Integer::compare);
	}

	private static Comparator<Integer> comparator(Election election, Criterion criterion) {
		return switch (criterion) {
			case MIN_COST -> Comparator.comparingLong(p -> election.cost[p]);
			case MAX_VOTES -> Comparator.comparingLong((Integer p) -> election.approvals[p]).reversed();
			case ID -> Comparator.comparing(p -> election.ids[p]);
			case FILE_ORDER -> Comparator.naturalOrder();
		};
	}

	static String name(Criterion criterion) {
		return criterion.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
