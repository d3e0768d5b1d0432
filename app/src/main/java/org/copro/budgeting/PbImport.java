package org.copro.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copro.engines.InvalidInputException;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbProject;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbVote;
import org.copro.engines.budgeting.VoteType;
import org.jspecify.annotations.Nullable;

/**
 * A pabulib .pb file (approval, choose-1, cumulative or ordinal ballots) read and checked
 * for import, all before anything is saved: either the problems, each with its line, or
 * the process it describes.
 *
 * @param file the file as read, when it could be read
 * @param rule the counting rule the file names
 * @param problems what stops the import, in line order; empty when it can go ahead
 */
record PbImport(@Nullable PbFile file, @Nullable CountingRule rule, List<ImportProblem> problems) {

	/**
	 * At most this many problems are listed: the first ones are enough to fix the file.
	 */
	static final int MAX_PROBLEMS = 20;

	static PbImport of(String text) {
		PbFile file;
		try {
			file = PbReader.parse(text);
		}
		catch (InvalidInputException ex) {
			return failed(PbProblems.of(ex.line(), problemOnly(ex)));
		}
		List<ImportProblem> problems = new ArrayList<>();
		try {
			check(file, problems);
		}
		catch (RuntimeException ex) {
			// A META value the checks could not read (a budget or a length that is not a
			// number, an unknown vote type).
			problems.add(PbProblems.of(0, String.valueOf(ex.getMessage())));
		}
		CountingRule rule = rule(file.rule());
		return new PbImport(file, rule, problems.stream().limit(MAX_PROBLEMS).toList());
	}

	private static void check(PbFile file, List<ImportProblem> problems) {
		file.metaLong("min_length");
		file.metaLong("max_length");
		BallotType type = ballotType(file.voteType());
		if (type == null) {
			problems.add(ImportProblem.of("budgeting.import.not-approval", file.voteType().label()));
		}
		CountingRule rule = rule(file.rule());
		if (rule == null) {
			problems.add(ImportProblem.of("budgeting.import.rule", file.rule()));
		}
		else if (type != null && !rule.counts(type)) {
			problems.add(ImportProblem.of("budgeting.import.rule-type", file.rule(), file.voteType().label()));
		}
		if (wholeAmount(file.budget()) == null) {
			problems.add(ImportProblem.of("budgeting.import.budget", file.budget().toPlainString()));
		}
		if (file.projects().isEmpty()) {
			problems.add(ImportProblem.of("budgeting.import.no-projects"));
		}
		for (PbProject project : file.projects()) {
			if (wholeAmount(project.cost()) == null) {
				problems.add(PbProblems.of(project.line(), "cost " + project.cost().toPlainString() + " of project "
						+ project.id() + " is not a whole amount above 0"));
			}
		}
		if (type == BallotType.CUMULATIVE) {
			for (PbVote vote : file.votes()) {
				if (vote.points() != null && vote.points().stream().anyMatch(p -> wholePoints(p) == null)) {
					problems.add(new ImportProblem(vote.line(), "budgeting.import.points-not-whole", vote.voterId()));
				}
			}
		}
		file.limitViolations().forEach(violation -> problems.add(PbProblems.of(violation.line(), violation.problem())));
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
	}

	/**
	 * The platform's ballot type for the file's, or null when it has none (scoring
	 * ballots).
	 */
	static @Nullable BallotType ballotType(VoteType type) {
		return switch (type) {
			case APPROVAL, CHOOSE_ONE -> BallotType.APPROVAL;
			case CUMULATIVE -> BallotType.CUMULATIVE;
			case ORDINAL -> BallotType.RANKING;
			case SCORING -> null;
		};
	}

	private static @Nullable Integer wholePoints(BigDecimal points) {
		try {
			int value = points.intValueExact();
			return value < 0 ? null : value;
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	static PbImport failed(ImportProblem problem) {
		return new PbImport(null, null, List.of(problem));
	}

	private static String problemOnly(InvalidInputException ex) {
		String message = String.valueOf(ex.getMessage());
		int separator = message.indexOf(": ");
		return ex.line() > 0 && separator >= 0 ? message.substring(separator + 2) : message;
	}

	/**
	 * The platform's rule for the rule the file names, or null when it counts with
	 * another one.
	 */
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

	BallotType ballotType() {
		return java.util.Objects.requireNonNull(ballotType(java.util.Objects.requireNonNull(file).voteType()));
	}

	/**
	 * The points a voter may give in total: META's max_sum_points, else the most any
	 * ballot gives.
	 */
	int pointsTotal() {
		PbFile pb = java.util.Objects.requireNonNull(file);
		if (ballotType() != BallotType.CUMULATIVE) {
			return 0;
		}
		return (int) pb.metaLong("max_sum_points")
			.orElse(pb.votes()
				.stream()
				.mapToLong(vote -> vote.points() == null ? 0
						: vote.points().stream().mapToLong(BigDecimal::longValue).sum())
				.max()
				.orElse(1));
	}

	/**
	 * The most points for one project: META's max_points, else the most any ballot gives
	 * one project.
	 */
	int pointsPerProject() {
		PbFile pb = java.util.Objects.requireNonNull(file);
		if (ballotType() != BallotType.CUMULATIVE) {
			return 0;
		}
		return (int) pb.metaLong("max_points")
			.orElse(pb.votes()
				.stream()
				.flatMap(vote -> vote.points() == null ? java.util.stream.Stream.<BigDecimal>empty()
						: vote.points().stream())
				.mapToLong(BigDecimal::longValue)
				.max()
				.orElse(1));
	}

	/**
	 * The heading's name: the file's district (subunit), else its description or name.
	 */
	String headingName(String fallback) {
		String subunit = java.util.Objects.requireNonNull(file).metaValue("subunit");
		if (subunit != null && !subunit.isBlank()) {
			return subunit.strip().length() > 200 ? subunit.strip().substring(0, 200) : subunit.strip();
		}
		return title(fallback);
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
		return currency != null
				&& BudgetingAdminController.CURRENCIES.contains(currency.strip().toUpperCase(Locale.ROOT))
						? currency.strip().toUpperCase(Locale.ROOT) : "PLN";
	}

	int minProjects() {
		return (int) Math.max(0, java.util.Objects.requireNonNull(file).metaLong("min_length").orElse(0));
	}

	int maxProjects() {
		PbFile pb = java.util.Objects.requireNonNull(file);
		return (int) Math.max(1,
				Math.min(pb.projects().size(), pb.metaLong("max_length").orElse(pb.projects().size())));
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

	/**
	 * A ballot's projects as the platform's project ids, each with its points
	 * (cumulative) or rank (ranking).
	 */
	static Map<Long, Integer> choices(PbVote vote, Map<String, Long> ids, BallotType type) {
		Map<Long, Integer> choices = new LinkedHashMap<>();
		List<String> projects = vote.projects();
		for (int i = 0; i < projects.size(); i++) {
			int points = switch (type) {
				case CUMULATIVE -> vote.points() == null ? 1 : vote.points().get(i).intValueExact();
				case RANKING -> i + 1;
				default -> 1;
			};
			choices.put(ids.get(projects.get(i)), points);
		}
		return choices;
	}
}
