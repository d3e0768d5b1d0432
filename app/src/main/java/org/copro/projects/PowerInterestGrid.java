package org.copro.projects;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each stakeholder sits on the power/interest grid, as points of a server-drawn
 * SVG: interest across (1 to 5), influence up (1 to 5). Stakeholders on the same spot are
 * spread around it so that every number shows.
 */
record PowerInterestGrid(List<Point> points) {

	static final int SIZE = 400;

	static final int MARGIN = 40;

	record Point(int number, double x, double y) {
	}

	static PowerInterestGrid of(List<Stakeholder> stakeholders) {
		List<Point> points = new ArrayList<>();
		int[][] seen = new int[6][6];
		double cell = (SIZE - 2.0 * MARGIN) / 5;
		for (int i = 0; i < stakeholders.size(); i++) {
			Stakeholder s = stakeholders.get(i);
			int already = seen[s.interest()][s.influence()]++;
			double angle = already * Math.PI / 3;
			double offset = already == 0 ? 0 : 14;
			double x = MARGIN + (s.interest() - 0.5) * cell + offset * Math.cos(angle);
			double y = SIZE - MARGIN - (s.influence() - 0.5) * cell + offset * Math.sin(angle);
			points.add(new Point(i + 1, Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
		}
		return new PowerInterestGrid(points);
	}
}
