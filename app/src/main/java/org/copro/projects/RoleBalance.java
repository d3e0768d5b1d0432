package org.copro.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The balance of roles in a project as a stacked bar: one segment per role that has
 * members, scaled to the chart's width, with the counts for the table beside it.
 */
record RoleBalance(long total, List<Segment> segments, Map<MemberRole, Long> counts) {

	static final int WIDTH = 600;

	private static final String[] COLOURS = { "#1d70b8", "#00703c", "#912b88", "#d4351c", "#f47738", "#505a5f" };

	record Segment(MemberRole role, long count, double x, double width, String colour, int percent) {
	}

	/** The colour that stands for a role in the chart and in the table's key. */
	public String colourOf(MemberRole role) {
		return COLOURS[role.ordinal()];
	}

	static RoleBalance of(Map<MemberRole, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		List<Segment> segments = new ArrayList<>();
		double x = 0;
		for (MemberRole role : MemberRole.values()) {
			long count = counts.getOrDefault(role, 0L);
			if (count == 0 || total == 0) {
				continue;
			}
			double width = WIDTH * (double) count / total;
			segments.add(new Segment(role, count, x, width, COLOURS[role.ordinal()],
					(int) Math.round(100.0 * count / total)));
			x += width;
		}
		return new RoleBalance(total, segments, counts);
	}
}
