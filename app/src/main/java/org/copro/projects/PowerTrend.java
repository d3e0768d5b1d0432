package org.copro.projects;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How members' power checks change over time: for each day on which members answered, the
 * average rung on the ladder of participation and the average rating of the five values,
 * as two lines of a server-drawn chart.
 */
record PowerTrend(List<Row> rows, String ladderLine, String valuesLine) {

	static final int WIDTH = 600;

	static final int HEIGHT = 300;

	static final int LEFT = 50;

	static final int RIGHT = 20;

	static final int TOP = 20;

	static final int BOTTOM = 40;

	record Row(LocalDate day, int answers, double ladder, double values, double x, double ladderY, double valuesY) {
	}

	static PowerTrend of(List<PowerCheck> checks) {
		Map<LocalDate, List<PowerCheck>> byDay = checks.stream()
			.collect(Collectors.groupingBy(check -> check.answeredAt().atOffset(ZoneOffset.UTC).toLocalDate(),
					TreeMap::new, Collectors.toList()));
		List<Row> rows = new ArrayList<>();
		int count = byDay.size();
		int index = 0;
		for (Map.Entry<LocalDate, List<PowerCheck>> day : byDay.entrySet()) {
			double ladder = round(day.getValue().stream().mapToInt(c -> c.ladder().rung()).average().orElse(0));
			double values = round(day.getValue().stream().mapToDouble(PowerCheck::valuesAverage).average().orElse(0));
			double x = count == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0
					: LEFT + index * (WIDTH - LEFT - RIGHT) / (double) (count - 1);
			rows.add(new Row(day.getKey(), day.getValue().size(), ladder, values, round(x), y(ladder), y(values)));
			index++;
		}
		return new PowerTrend(rows, line(rows, true), line(rows, false));
	}

	/** The height of a score from 1 to 5 on the chart. */
	static double y(double score) {
		return round(HEIGHT - BOTTOM - (score - 1) / 4 * (HEIGHT - TOP - BOTTOM));
	}

	/** The chart's gridlines, one for each score from 1 to 5. */
	public List<double[]> gridlines() {
		List<double[]> lines = new ArrayList<>();
		for (int score = 1; score <= 5; score++) {
			lines.add(new double[] { score, y(score) });
		}
		return lines;
	}

	private static String line(List<Row> rows, boolean ladder) {
		return rows.stream()
			.map(row -> row.x() + "," + (ladder ? row.ladderY() : row.valuesY()))
			.collect(Collectors.joining(" "));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
