package org.copro.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbProject;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbVote;
import org.copro.engines.budgeting.VoteType;
import org.jspecify.annotations.Nullable;

/**
 * A pabulib .pb file read and checked for import, all before anything is saved: either the problems, each
 * with its line, or the process it describes.
 *
 * @param file the file as read, when it could be read
 * @param rule the counting rule the file names
 * @param problems what stops the import, in line order; empty when it can go ahead
 */
record PbImport(@Nullable PbFile file, @Nullable CountingRule rule, List<ImportProblem> problems) {

	/** At most this many problems are listed: the first ones are enough to fix the file. */
	static final int MAX_PROBLEMS = 20;

	static PbImport of(String text) {
		PbFile file;
		try {
			file = PbReader.parse(text);
		}
		catch (InvalidInputException ex) {
			return failed(lineProblem(ex.line(), problemOnly(ex)));
		}
		List<ImportProblem> problems = new ArrayList<>();
		try {
			check(file, problems);
		}
		catch (RuntimeException ex) {
			// A META value the checks could not read (a budget or a length that is not a number, an unknown vote type).
			problems.add(new ImportProblem("budgeting.import.file", String.valueOf(ex.getMessage())));
		}
		CountingRule rule = rule(file.rule());
		return new PbImport(file, rule, problems.stream().limit(MAX_PROBLEMS).toList());
	}

	private static void check(PbFile file, List<ImportProblem> problems) {
		file.metaLong("min_length");
		file.metaLong("max_length");
		if (file.voteType() != VoteType.APPROVAL) {
			problems.add(new ImportProblem("budgeting.import.not-approval", file.voteType().toString()));
		}
		CountingRule rule = rule(file.rule());
		if (rule == null) {
			problems.add(new ImportProblem("budgeting.import.rule", file.rule()));
		}
		if (wholeAmount(file.budget()) == null) {
			problems.add(new ImportProblem("budgeting.import.budget", file.budget().toPlainString()));
		}
		if (file.projects().isEmpty()) {
			problems.add(new ImportProblem("budgeting.import.no-projects"));
		}
		for (PbProject project : file.projects()) {
			if (wholeAmount(project.cost()) == null) {
				problems.add(lineProblem(project.line(), "cost " + project.cost().toPlainString()
						+ " of project " + project.id() + " is not a whole amount above 0"));
			}
		}
		file.limitViolations().forEach(violation -> problems.add(lineProblem(violation.line(), violation.problem())));
	}

	static PbImport failed(ImportProblem problem) {
		return new PbImport(null, null, List.of(problem));
	}

	private static ImportProblem lineProblem(int line, String problem) {
		return line > 0 ? new ImportProblem("budgeting.import.line", line, problem)
				: new ImportProblem("budgeting.import.file", problem);
	}

	private static String problemOnly(InvalidInputException ex) {
		String message = String.valueOf(ex.getMessage());
		int separator = message.indexOf(": ");
		return ex.line() > 0 && separator >= 0 ? message.substring(separator + 2) : message;
	}

	/** The platform's rule for the rule the file names, or null when it counts with another one. */
	static @Nullable CountingRule rule(String name) {
		String rule = name.toLowerCase(Locale.ROOT);
		if (rule.equals("greedy")) {
			return CountingRule.GREEDY;
		}
		if (rule.startsWith("equalshares")) {
			return CountingRule.MES;
		}
		if (rule.equals("phragmen") || rule.equals("seq-phragmen")) {
			return CountingRule.PHRAGMEN;
		}
		return null;
	}

	static @Nullable Long wholeAmount(BigDecimal amount) {
		try {
			long value = amount.longValueExact();
			return value < 1 || value > BudgetingAdminController.MAX_AMOUNT ? null : value;
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	boolean ok() {
		return problems.isEmpty() && file != null && rule != null;
	}

	String title(String fallback) {
		PbFile pb = java.util.Objects.requireNonNull(file);
		for (String key : List.of("description", "unit", "instance")) {
			String value = pb.metaValue(key);
			if (value != null && !value.isBlank()) {
				return value.strip().length() > 200 ? value.strip().substring(0, 200) : value.strip();
			}
		}
		return fallback;
	}

	String currency() {
		String currency = java.util.Objects.requireNonNull(file).metaValue("currency");
		return currency != null && BudgetingAdminController.CURRENCIES.contains(currency.strip().toUpperCase(Locale.ROOT))
				? currency.strip().toUpperCase(Locale.ROOT) : "PLN";
	}

	int minProjects() {
		return (int) Math.max(0, java.util.Objects.requireNonNull(file).metaLong("min_length").orElse(0));
	}

	int maxProjects() {
		PbFile pb = java.util.Objects.requireNonNull(file);
		return (int) Math.max(1, Math.min(pb.projects().size(), pb.metaLong("max_length").orElse(pb.projects().size())));
	}

	static String name(PbProject project) {
		String name = project.fields().get("name");
		String title = name == null || name.isBlank() ? project.id() : name.strip();
		return title.length() > 200 ? title.substring(0, 200) : title;
	}

	static String description(PbProject project) {
		String description = project.fields().getOrDefault("description", "");
		return description.length() > 5000 ? description.substring(0, 5000) : description;
	}

	/** A ballot's projects as the platform's project ids. */
	static Set<Long> chosen(PbVote vote, Map<String, Long> ids) {
		Set<Long> chosen = new LinkedHashSet<>();
		vote.projects().forEach(project -> chosen.add(ids.get(project)));
		return chosen;
	}
}
