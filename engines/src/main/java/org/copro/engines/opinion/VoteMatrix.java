package org.copro.engines.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copro.engines.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The votes of a conversation as a sparse participant × statement matrix: agree = +1,
 * disagree = −1, pass = 0, and no entry where a participant did not vote.
 *
 * <p>
 * Rows are stored in compressed sparse row form, so every computation on the matrix costs
 * time in proportion to the number of votes, never participants × statements.
 * Participants and statements are ordered by their identifiers (numerically when every
 * identifier is a number, as in the Polis exports), which makes every result independent
 * of the order of the input.
 */
public final class VoteMatrix {

	/** Agree, in the Polis export convention. */
	public static final int AGREE = 1;

	/** Disagree, in the Polis export convention. */
	public static final int DISAGREE = -1;

	/** Pass: seen but neither agreed nor disagreed. */
	public static final int PASS = 0;

	private final List<String> participants;

	private final List<String> statements;

	private final int[] rowStart;

	private final int[] column;

	private final byte[] vote;

	private VoteMatrix(List<String> participants, List<String> statements, int[] rowStart, int[] column, byte[] vote) {
		this.participants = participants;
		this.statements = statements;
		this.rowStart = rowStart;
		this.column = column;
		this.vote = vote;
	}

	/** A builder that keeps the latest vote of each participant on each statement. */
	public static Builder builder() {
		return new Builder();
	}

	/** Participant identifiers, in row order. */
	public List<String> participants() {
		return participants;
	}

	/** Statement identifiers, in column order. */
	public List<String> statements() {
		return statements;
	}

	public int participantCount() {
		return participants.size();
	}

	public int statementCount() {
		return statements.size();
	}

	public int voteCount() {
		return column.length;
	}

	/** The vote of a participant on a statement, or {@code null} when there is none. */
	public @Nullable Integer vote(int participant, int statement) {
		int at = Arrays.binarySearch(column, rowStart[participant], rowStart[participant + 1], statement);
		return at >= 0 ? Integer.valueOf(vote[at]) : null;
	}

	/**
	 * Index of the first entry of row {@code participant}; row i spans [rowStart(i),
	 * rowStart(i+1)).
	 */
	int rowStart(int participant) {
		return rowStart[participant];
	}

	int[] rowStarts() {
		return rowStart;
	}

	int[] columns() {
		return column;
	}

	byte[] votes() {
		return vote;
	}

	/**
	 * Collects votes in any order; for the same participant and statement the latest one
	 * wins.
	 */
	public static final class Builder {

		private final Map<String, Integer> participantIndex = new HashMap<>();

		private final Map<String, Integer> statementIndex = new HashMap<>();

		private final List<String> participantIds = new ArrayList<>();

		private final List<String> statementIds = new ArrayList<>();

		private int[] rows = new int[1024];

		private int[] cols = new int[1024];

		private byte[] votes = new byte[1024];

		private long[] times = new long[1024];

		private int size;

		private Builder() {
		}

		/**
		 * Adds a vote; {@code vote} is +1 (agree), −1 (disagree) or 0 (pass). Among votes
		 * of the same participant on the same statement the one with the latest timestamp
		 * wins, and among equal timestamps the one added last.
		 */
		public Builder add(String participant, String statement, int vote, long timestamp) {
			if (vote < -1 || vote > 1) {
				throw new InvalidInputException("vote must be -1, 0 or 1, not " + vote);
			}
			int row = participantIndex.computeIfAbsent(participant, id -> {
				participantIds.add(id);
				return participantIds.size() - 1;
			});
			int col = statementIndex.computeIfAbsent(statement, id -> {
				statementIds.add(id);
				return statementIds.size() - 1;
			});
			if (size == rows.length) {
				int capacity = size * 2;
				rows = Arrays.copyOf(rows, capacity);
				cols = Arrays.copyOf(cols, capacity);
				votes = Arrays.copyOf(votes, capacity);
				times = Arrays.copyOf(times, capacity);
			}
			rows[size] = row;
			cols[size] = col;
			votes[size] = (byte) vote;
			times[size] = timestamp;
			size++;
			return this;
		}

		/**
		 * Declares a participant who may have no vote yet (they still count as a row).
		 */
		public Builder participant(String participant) {
			participantIndex.computeIfAbsent(participant, id -> {
				participantIds.add(id);
				return participantIds.size() - 1;
			});
			return this;
		}

		public VoteMatrix build() {
			int[] participantRank = rank(participantIds);
			int[] statementRank = rank(statementIds);
			int n = participantIds.size();
			// Counting sort by row keeps each row's votes in input order, so that "added
			// last" holds.
			int[] start = new int[n + 1];
			for (int e = 0; e < size; e++) {
				start[participantRank[rows[e]] + 1]++;
			}
			for (int i = 0; i < n; i++) {
				start[i + 1] += start[i];
			}
			int[] fill = Arrays.copyOf(start, n);
			int[] order = new int[size];
			for (int e = 0; e < size; e++) {
				order[fill[participantRank[rows[e]]]++] = e;
			}
			int[] outStart = new int[n + 1];
			int[] outColumn = new int[size];
			byte[] outVote = new byte[size];
			int out = 0;
			long[] keys = new long[0];
			for (int i = 0; i < n; i++) {
				outStart[i] = out;
				int length = start[i + 1] - start[i];
				if (keys.length < length) {
					keys = new long[Math.max(length, keys.length * 2)];
				}
				for (int k = 0; k < length; k++) {
					int e = order[start[i] + k];
					keys[k] = ((long) statementRank[cols[e]] << 32) | k;
				}
				Arrays.sort(keys, 0, length);
				for (int k = 0; k < length;) {
					int col = (int) (keys[k] >>> 32);
					int best = order[start[i] + (int) keys[k]];
					int next = k + 1;
					for (; next < length && (int) (keys[next] >>> 32) == col; next++) {
						int e = order[start[i] + (int) keys[next]];
						if (times[e] >= times[best]) {
							best = e;
						}
					}
					outColumn[out] = col;
					outVote[out] = votes[best];
					out++;
					k = next;
				}
			}
			outStart[n] = out;
			return new VoteMatrix(sorted(participantIds, participantRank), sorted(statementIds, statementRank),
					outStart, Arrays.copyOf(outColumn, out), Arrays.copyOf(outVote, out));
		}

		/**
		 * The rank of each identifier in identifier order (numeric when all are numbers).
		 */
		private static int[] rank(List<String> ids) {
			Integer[] byOrder = new Integer[ids.size()];
			for (int i = 0; i < byOrder.length; i++) {
				byOrder[i] = i;
			}
			Comparator<String> order = identifierOrder(ids);
			Arrays.sort(byOrder, (a, b) -> order.compare(ids.get(a), ids.get(b)));
			int[] rank = new int[ids.size()];
			for (int r = 0; r < byOrder.length; r++) {
				rank[byOrder[r]] = r;
			}
			return rank;
		}

		private static List<String> sorted(List<String> ids, int[] rank) {
			String[] out = new String[ids.size()];
			for (int i = 0; i < out.length; i++) {
				out[rank[i]] = ids.get(i);
			}
			return List.of(out);
		}

	}

	/** Numeric order when every identifier is an integer, text order otherwise. */
	static Comparator<String> identifierOrder(List<String> ids) {
		for (String id : ids) {
			if (!isInteger(id)) {
				return Comparator.naturalOrder();
			}
		}
		return Comparator.comparingLong(Long::parseLong);
	}

	private static boolean isInteger(String id) {
		if (id.isEmpty() || id.length() > 18) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && id.length() > 1)) {
				return false;
			}
		}
		return true;
	}

}
