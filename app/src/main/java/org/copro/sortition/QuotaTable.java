package org.copro.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the quotas a facilitator types, one answer a line in the Sortition Foundation's
 * layout plus the population figure: {@code category,name,min,max,population}. Every
 * problem is reported with its line number, so that the form can say exactly what to fix.
 */
final class QuotaTable {

	static final int MAX_NAME_LENGTH = 60;

	static final int MAX_LINES = 200;

	/** Column names the pool files use for other things. */
	private static final Set<String> RESERVED = Set.of("id", "primary_address1", "primary_zip");

	/**
	 * One problem: a message code and its arguments (the line number first, when there is
	 * one).
	 */
	record Problem(String code, Object... arguments) {
	}

	record Result(List<QuotaTarget> quotas, List<Problem> problems) {
	}

	private QuotaTable() {
	}

	/**
	 * Parses the table; the panel size, when known, checks that each category's minimums
	 * and maximums leave room for a panel of that size.
	 */
	static Result parse(String text, @Nullable Integer panelSize) {
		List<QuotaTarget> quotas = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> lineOf = new HashMap<>();
		String[] lines = text.split("\\R", -1);
		boolean first = true;
		int rows = 0;
		for (int index = 0; index < lines.length; index++) {
			int line = index + 1;
			String row = lines[index].strip();
			if (row.isEmpty()) {
				continue;
			}
			if (first && row.toLowerCase(Locale.ROOT).startsWith("category,")) {
				first = false;
				continue;
			}
			first = false;
			if (++rows > MAX_LINES) {
				problems.add(new Problem("sortition.quotas.too-many", MAX_LINES));
				break;
			}
			String[] fields = row.split(",", -1);
			if (fields.length != 5) {
				problems.add(new Problem("sortition.quotas.fields", line, fields.length));
				continue;
			}
			String category = fields[0].strip();
			String answer = fields[1].strip();
			if (category.isEmpty() || answer.isEmpty()) {
				problems.add(new Problem("sortition.quotas.name-empty", line));
				continue;
			}
			if (category.length() > MAX_NAME_LENGTH || answer.length() > MAX_NAME_LENGTH) {
				problems.add(new Problem("sortition.quotas.name-long", line, MAX_NAME_LENGTH));
				continue;
			}
			if (category.contains("\"") || answer.contains("\"")) {
				problems.add(new Problem("sortition.quotas.name-quote", line));
				continue;
			}
			if (RESERVED.contains(category.toLowerCase(Locale.ROOT))) {
				problems.add(new Problem("sortition.quotas.name-reserved", line, category));
				continue;
			}
			Long min = count(fields[2]);
			Long max = count(fields[3]);
			if (min == null || max == null || min > Integer.MAX_VALUE || max > Integer.MAX_VALUE) {
				problems.add(new Problem("sortition.quotas.min-max", line));
				continue;
			}
			if (max < min) {
				problems.add(new Problem("sortition.quotas.max-below-min", line, max, min));
				continue;
			}
			Long population = count(fields[4]);
			if (population == null) {
				problems.add(new Problem("sortition.quotas.population", line));
				continue;
			}
			Integer earlier = lineOf.putIfAbsent(category + "\u001f" + answer, line);
			if (earlier != null) {
				problems.add(new Problem("sortition.quotas.twice", line, category, answer, earlier));
				continue;
			}
			quotas.add(new QuotaTarget(category, answer, min.intValue(), max.intValue(), population));
		}
		if (quotas.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem("sortition.quotas.required"));
		}
		if (problems.isEmpty() && panelSize != null) {
			Map<String, int[]> totals = new LinkedHashMap<>();
			for (QuotaTarget quota : quotas) {
				int[] total = totals.computeIfAbsent(quota.category(), c -> new int[2]);
				total[0] += quota.min();
				total[1] = (int) Math.min(Integer.MAX_VALUE, (long) total[1] + quota.max());
			}
			totals.forEach((category, total) -> {
				if (total[0] > panelSize) {
					problems.add(new Problem("sortition.quotas.min-total", category, total[0], panelSize));
				}
				if (total[1] < panelSize) {
					problems.add(new Problem("sortition.quotas.max-total", category, total[1], panelSize));
				}
			});
		}
		return new Result(problems.isEmpty() ? List.copyOf(quotas) : List.of(), List.copyOf(problems));
	}

	private static @Nullable Long count(String field) {
		String text = field.strip();
		if (!text.matches("[0-9]{1,12}")) {
			return null;
		}
		return Long.parseLong(text);
	}

	/** The table as the form shows it again, and as the public categories file starts. */
	static String format(List<QuotaTarget> quotas) {
		StringBuilder text = new StringBuilder();
		for (QuotaTarget quota : quotas) {
			text.append(quota.category())
				.append(',')
				.append(quota.answer())
				.append(',')
				.append(quota.min())
				.append(',')
				.append(quota.max())
				.append(',')
				.append(quota.population())
				.append('\n');
		}
		return text.toString();
	}

}
