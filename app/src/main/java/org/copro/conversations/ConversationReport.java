package org.copro.conversations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a conversation's report shows: opinion groups and the statements that set each
 * apart, the statements that unite everyone, each participant's place on the opinion map
 * (anonymous), and the vote counts behind every statement.
 */
record ConversationReport(int voters, int votes, boolean enoughData, List<Group> groups, List<Consensus> agreeConsensus,
		List<Consensus> disagreeConsensus, List<GroupConsensus> groupConsensus, List<MapPoint> map,
		List<StatementTotals> statements) {

	/** The fewest voters, and voted statements, for which the report finds groups. */
	static final int MIN_VOTERS = 4;

	static final int MIN_STATEMENTS = 2;

	/**
	 * An opinion group: a letter, a colour and a shape on the map, and its representative
	 * statements.
	 */
	record Group(int index, String label, int members, String colour, String shape,
			List<Representative> representative) {

		/** The group's marker for the legend, in a 20 × 20 box. */
		public String legendPath() {
			return marker(shape, 10, 10);
		}
	}

	/** A statement that sets a group apart, with how that group voted on it. */
	record Representative(long statement, String text, String language, String direction, Percentages group,
			Percentages others) {
	}

	/** A statement most participants agree (or disagree) with. */
	record Consensus(long statement, String text, String language, String direction, Percentages everyone) {
	}

	/**
	 * A statement every group tends to agree with (Polis's group-informed consensus): how
	 * each group voted, in group order.
	 */
	record GroupConsensus(long statement, String text, String language, List<Percentages> byGroup) {
	}

	/** Shares of those who saw a statement, in whole per cent. */
	record Percentages(int agree, int disagree, int pass, int seen) {

		static Percentages of(int agree, int disagree, int pass) {
			int seen = agree + disagree + pass;
			if (seen == 0) {
				return new Percentages(0, 0, 0, 0);
			}
			return new Percentages(percent(agree, seen), percent(disagree, seen), percent(pass, seen), seen);
		}

		private static int percent(int part, int whole) {
			return (int) Math.round(100.0 * part / whole);
		}
	}

	/**
	 * One participant on the map, numbered in no particular order: {@code x}, {@code y}
	 * are the engine's projection, {@code svgX}, {@code svgY} the same point in the map's
	 * 400 × 400 drawing.
	 */
	record MapPoint(int number, @Nullable Group group, double x, double y, double svgX, double svgY) {

		public String colour() {
			return group == null ? OpinionReports.UNGROUPED_COLOUR : group.colour();
		}

		public String shape() {
			return group == null ? "ungrouped" : group.shape();
		}

		/** Fill of the marker: none for a ring. */
		public String fill() {
			return group == null ? "none" : group.colour();
		}

		/**
		 * The marker as an SVG path, so that each group has its own shape as well as its
		 * own colour.
		 */
		public String path() {
			return marker(shape(), svgX, svgY);
		}
	}

	/** An SVG path of the given shape centred on (x, y). */
	static String marker(String shape, double x, double y) {
		return switch (shape) {
			case "square" -> "M%s %sh10v10h-10z".formatted(n(x - 5), n(y - 5));
			case "triangle" -> "M%s %sl6 11h-12z".formatted(n(x), n(y - 7));
			case "diamond" -> "M%s %sl7 7l-7 7l-7 -7z".formatted(n(x), n(y - 7));
			case "cross" -> "M%s %sh4v4h4v4h-4v4h-4v-4h-4v-4h4z".formatted(n(x - 2), n(y - 6));
			case "circle" -> "M%s %sa6 6 0 1 0 12 0a6 6 0 1 0 -12 0z".formatted(n(x - 6), n(y));
			default -> "M%s %sa4 4 0 1 0 8 0a4 4 0 1 0 -8 0z".formatted(n(x - 4), n(y));
		};
	}

	private static String n(double value) {
		return java.math.BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
	}

	/** Every statement's totals, overall and per group (in group order). */
	record StatementTotals(long id, String text, String language, String status, boolean meta, boolean seed, int agree,
			int disagree, int pass, List<Percentages> byGroup, @Nullable String representativeOf,
			@Nullable String consensus) {
	}
}
