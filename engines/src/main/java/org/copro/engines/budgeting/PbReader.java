package org.copro.engines.budgeting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the pabulib {@code .pb} format: three {@code ;}-separated sections META, PROJECTS
 * and VOTES, each with a header row; cells may be quoted with {@code "} (a doubled quote
 * inside stands for one, and a quoted cell may span lines); list cells ({@code vote},
 * {@code points}) are comma-separated.
 *
 * <p>
 * Structural errors (a missing section or column, an unknown or repeated project, a
 * number that is not one) throw {@link InvalidInputException} with the line. Ballots that
 * break the limits the file's own META declares ({@code min_length}, {@code max_length},
 * {@code min_sum_points}, …) are collected in {@link PbFile#limitViolations()} with their
 * lines, so callers decide to refuse or report.
 */
public final class PbReader {

	private static final int MAX_REPORTED_VIOLATIONS = 1000;

	private PbReader() {
	}

	/** Reads a file (UTF-8, with or without a byte-order mark). */
	public static PbFile read(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (java.nio.charset.MalformedInputException exception) {
			throw new InvalidInputException(file, 0, "not UTF-8 text");
		}
		catch (IOException exception) {
			throw new UncheckedIOException(file + ": " + exception.getMessage(), exception);
		}
		try {
			return parse(text);
		}
		catch (InvalidInputException exception) {
			throw exception.in(file);
		}
	}

	/** Reads from a stream; errors name lines but no file. */
	public static PbFile read(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[1 << 16];
		for (int count; (count = reader.read(buffer)) >= 0;) {
			text.append(buffer, 0, count);
		}
		return parse(text.toString());
	}

	/** Parses the text of a whole file. */
	public static PbFile parse(String text) {
		return new Parser(text).parse();
	}

	/** One row of cells and the line it starts on. */
	private record Row(int line, List<String> cells) {

		String first() {
			return cells.get(0).trim();
		}
	}

	private static final class Parser {

		private final String text;

		private int position;

		private int line = 1;

		private final Map<String, String> meta = new LinkedHashMap<>();

		private final Map<String, Integer> metaLines = new HashMap<>();

		private List<String> projectColumns = List.of();

		private final List<PbProject> projects = new ArrayList<>();

		private final Map<String, PbProject> projectsById = new HashMap<>();

		private List<String> voteColumns = List.of();

		private final List<PbVote> votes = new ArrayList<>();

		private final List<PbFile.LimitViolation> violations = new ArrayList<>();

		private int violationCount;

		Parser(String text) {
			// A byte-order mark is an encoding artefact, not part of the first cell.
			this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		}

		PbFile parse() {
			String section = null;
			List<String> header = null;
			int headerLine = 0;
			Set<String> seenSections = new HashSet<>();
			Set<String> voterIds = new HashSet<>();
			Row row;
			while ((row = nextRow()) != null) {
				String marker = row.first().toUpperCase(Locale.ROOT);
				if (isSectionMarker(row, marker)) {
					if (!seenSections.add(marker)) {
						throw error(row.line(), "section " + marker + " appears twice");
					}
					String expected = section == null ? "META" : section.equals("META") ? "PROJECTS" : "VOTES";
					if (!marker.equals(expected)) {
						throw error(row.line(), "section " + marker + " found where " + expected + " was expected");
					}
					section = marker;
					header = null;
					continue;
				}
				if (section == null) {
					throw error(row.line(), "the file must start with the META section");
				}
				if (header == null) {
					header = trimAll(row.cells());
					headerLine = row.line();
					checkHeader(section, header, headerLine);
					continue;
				}
				switch (section) {
					case "META" -> readMeta(row);
					case "PROJECTS" -> readProject(row, header);
					default -> readVote(row, header, voterIds);
				}
			}
			if (!seenSections.contains("META")) {
				throw error(0, "no META section");
			}
			if (!seenSections.contains("PROJECTS")) {
				throw error(line, "no PROJECTS section");
			}
			if (!seenSections.contains("VOTES")) {
				throw error(line, "no VOTES section");
			}
			if (voteColumns.isEmpty()) {
				throw error(line, "the VOTES section has no header row");
			}
			checkCounts();
			return new PbFile(meta, projectColumns, projects, voteColumns, votes, violations);
		}

		private static boolean isSectionMarker(Row row, String marker) {
			if (!(marker.equals("META") || marker.equals("PROJECTS") || marker.equals("VOTES"))) {
				return false;
			}
			for (int i = 1; i < row.cells().size(); i++) {
				if (!row.cells().get(i).isBlank()) {
					return false;
				}
			}
			return true;
		}

		private void checkHeader(String section, List<String> header, int headerLine) {
			Set<String> unique = new HashSet<>();
			for (String column : header) {
				if (column.isEmpty()) {
					throw error(headerLine, section + " header has an empty column name");
				}
				if (!unique.add(column)) {
					throw error(headerLine, section + " header repeats the column '" + column + "'");
				}
			}
			switch (section) {
				case "META" -> {
					if (header.size() < 2 || !header.get(0).equals("key") || !header.get(1).equals("value")) {
						throw error(headerLine, "META header must be 'key;value'");
					}
				}
				case "PROJECTS" -> {
					require(header, "project_id", headerLine, section);
					require(header, "cost", headerLine, section);
					projectColumns = header;
					checkMeta();
					String type = meta.get("vote_type");
					voteType = type == null ? VoteType.APPROVAL : VoteType.fromLabel(type);
				}
				default -> {
					require(header, "voter_id", headerLine, section);
					require(header, "vote", headerLine, section);
					voteColumns = header;
				}
			}
		}

		private void require(List<String> header, String column, int headerLine, String section) {
			if (!header.contains(column)) {
				throw error(headerLine, section + " header lacks the column '" + column + "'");
			}
		}

		private void readMeta(Row row) {
			List<String> cells = row.cells();
			if (cells.size() < 2) {
				throw error(row.line(), "META row needs a key and a value");
			}
			String key = cells.get(0).trim();
			if (meta.containsKey(key)) {
				throw error(row.line(), "META key '" + key + "' appears twice");
			}
			// Values with a ';' that were not quoted come back whole rather than cut
			// short.
			meta.put(key, String.join(";", cells.subList(1, cells.size())).trim());
			metaLines.put(key, row.line());
		}

		/** Validates the META values the rules rely on, once META is complete. */
		private void checkMeta() {
			String budget = meta.get("budget");
			if (budget == null) {
				throw error(0, "META lacks 'budget'");
			}
			BigDecimal value = number(budget, metaLines.get("budget"), "budget");
			if (value.signum() < 0) {
				throw error(metaLines.get("budget"), "budget is negative");
			}
			String type = meta.get("vote_type");
			if (type != null) {
				try {
					VoteType.fromLabel(type);
				}
				catch (IllegalArgumentException exception) {
					throw error(metaLines.get("vote_type"), exception.getMessage());
				}
			}
			for (String key : List.of("num_projects", "num_votes", "min_length", "max_length", "min_sum_cost",
					"max_sum_cost", "min_points", "max_points", "min_sum_points", "max_sum_points",
					"min_project_score_threshold")) {
				String limit = meta.get(key);
				if (limit != null && !limit.isBlank()) {
					number(limit, metaLines.get(key), key);
				}
			}
		}

		private void readProject(Row row, List<String> header) {
			Map<String, String> fields = fields(row, header, "PROJECTS");
			String id = fields.get("project_id").trim();
			if (id.isEmpty()) {
				throw error(row.line(), "empty project_id");
			}
			if (projectsById.containsKey(id)) {
				throw error(row.line(),
						"project '" + id + "' appears twice (first on line " + projectsById.get(id).line() + ")");
			}
			BigDecimal cost = number(fields.get("cost"), row.line(), "cost of project '" + id + "'");
			if (cost.signum() < 0) {
				throw error(row.line(), "cost of project '" + id + "' is negative");
			}
			PbProject project = new PbProject(id, cost, fields, row.line());
			projects.add(project);
			projectsById.put(id, project);
		}

		private void readVote(Row row, List<String> header, Set<String> voterIds) {
			Map<String, String> fields = fields(row, header, "VOTES");
			String voterId = fields.get("voter_id").trim();
			if (voterId.isEmpty()) {
				throw error(row.line(), "empty voter_id");
			}
			if (!voterIds.add(voterId)) {
				throw error(row.line(), "voter '" + voterId + "' appears twice");
			}
			List<String> listed = list(fields.get("vote"));
			for (int i = 0; i < listed.size(); i++) {
				String project = listed.get(i);
				if (project.isEmpty()) {
					throw error(row.line(), "voter '" + voterId + "' has an empty entry in 'vote'");
				}
				PbProject known = projectsById.get(project);
				if (known == null) {
					throw error(row.line(), "voter '" + voterId + "' votes for unknown project '" + project + "'");
				}
				// The project's own id string: ballots then share a few strings whose
				// hashes are computed once.
				listed.set(i, known.id());
			}
			List<BigDecimal> points = null;
			String pointsCell = fields.get("points");
			VoteType type = voteType;
			if (pointsCell != null) {
				List<String> cells = list(pointsCell);
				if (cells.size() != listed.size()) {
					throw error(row.line(), "voter '" + voterId + "' has " + listed.size() + " projects but "
							+ cells.size() + " points");
				}
				points = new ArrayList<>(cells.size());
				for (String cell : cells) {
					BigDecimal value = number(cell, row.line(), "points of voter '" + voterId + "'");
					if (value.signum() < 0) {
						throw error(row.line(), "voter '" + voterId + "' gives negative points");
					}
					points.add(value);
				}
			}
			else if (type.hasPoints() && !listed.isEmpty()) {
				throw error(row.line(), type.label() + " ballots need a 'points' column");
			}
			// A project listed more than once (it happens in published files) counts
			// once, with its
			// points added up; the file is reported, not silently trusted.
			if (!hasRepeats(listed)) {
				PbVote vote = new PbVote(voterId, listed, points, fields, row.line());
				checkLimits(vote, type);
				votes.add(vote);
				return;
			}
			Map<String, Integer> firstIndex = new LinkedHashMap<>();
			List<String> merged = new ArrayList<>();
			List<BigDecimal> mergedPoints = points == null ? null : new ArrayList<>();
			for (int i = 0; i < listed.size(); i++) {
				String project = listed.get(i);
				Integer first = firstIndex.get(project);
				if (first == null) {
					firstIndex.put(project, merged.size());
					merged.add(project);
					if (mergedPoints != null) {
						mergedPoints.add(points.get(i));
					}
				}
				else if (mergedPoints != null) {
					mergedPoints.set(first, mergedPoints.get(first).add(points.get(i)));
				}
			}
			if (merged.size() < listed.size()) {
				violation(row.line(), "voter '" + voterId + "' lists a project more than once ("
						+ String.join(",", listed) + "); counted once" + (points == null ? "" : ", points added up"));
				listed = merged;
				points = mergedPoints;
			}
			PbVote vote = new PbVote(voterId, listed, points, fields, row.line());
			checkLimits(vote, type);
			votes.add(vote);
		}

		private VoteType voteType = VoteType.APPROVAL;

		/** META's ballot limits, read once for all ballots. */
		private long minLength = Long.MIN_VALUE;

		private long maxLength = Long.MAX_VALUE;

		private final Map<String, BigDecimal> limits = new HashMap<>();

		private boolean limitsRead;

		private void readLimits(VoteType type) {
			limitsRead = true;
			minLength = metaLong("min_length", Long.MIN_VALUE);
			maxLength = metaLong("max_length", type == VoteType.CHOOSE_ONE ? 1 : Long.MAX_VALUE);
			for (String key : List.of("min_sum_cost", "max_sum_cost", "min_points", "max_points", "min_sum_points",
					"max_sum_points")) {
				String value = meta.get(key);
				if (value != null && !value.isBlank()) {
					limits.put(key, new BigDecimal(value.trim()));
				}
			}
		}

		private void checkLimits(PbVote vote, VoteType type) {
			if (!limitsRead) {
				readLimits(type);
			}
			int length = vote.projects().size();
			if (length < minLength) {
				violation(vote.line(), "voter '" + vote.voterId() + "' lists " + length
						+ " projects, fewer than min_length " + minLength);
			}
			if (length > maxLength) {
				violation(vote.line(), "voter '" + vote.voterId() + "' lists " + length
						+ " projects, more than max_length " + maxLength);
			}
			if (limits.containsKey("min_sum_cost") || limits.containsKey("max_sum_cost")) {
				BigDecimal total = BigDecimal.ZERO;
				for (String project : vote.projects()) {
					total = total.add(projectsById.get(project).cost());
				}
				checkRange(vote, total, "min_sum_cost", "max_sum_cost", "total cost");
			}
			if (vote.points() != null && !limits.isEmpty()) {
				BigDecimal sum = BigDecimal.ZERO;
				for (BigDecimal points : vote.points()) {
					sum = sum.add(points);
					checkRange(vote, points, "min_points", "max_points", "points per project");
				}
				if (type.hasPoints()) {
					checkRange(vote, sum, "min_sum_points", "max_sum_points", "points in total");
				}
			}
		}

		private void checkRange(PbVote vote, BigDecimal value, String minKey, String maxKey, String what) {
			BigDecimal min = limits.get(minKey);
			BigDecimal max = limits.get(maxKey);
			if (min != null && value.compareTo(min) < 0) {
				violation(vote.line(), "voter '" + vote.voterId() + "' has " + value.toPlainString() + " " + what
						+ ", below " + minKey + " " + min.toPlainString());
			}
			if (max != null && value.compareTo(max) > 0) {
				violation(vote.line(), "voter '" + vote.voterId() + "' has " + value.toPlainString() + " " + what
						+ ", above " + maxKey + " " + max.toPlainString());
			}
		}

		private void checkCounts() {
			long declaredProjects = metaLong("num_projects", -1);
			if (declaredProjects >= 0 && declaredProjects != projects.size()) {
				violation(metaLines.get("num_projects"),
						"num_projects is " + declaredProjects + " but PROJECTS has " + projects.size() + " rows");
			}
			long declaredVotes = metaLong("num_votes", -1);
			if (declaredVotes >= 0 && declaredVotes != votes.size()) {
				violation(metaLines.get("num_votes"),
						"num_votes is " + declaredVotes + " but VOTES has " + votes.size() + " rows");
			}
			violations.sort(java.util.Comparator.comparingInt(PbFile.LimitViolation::line));
		}

		private long metaLong(String key, long fallback) {
			String value = meta.get(key);
			if (value == null || value.isBlank()) {
				return fallback;
			}
			return new BigDecimal(value.trim()).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
		}

		private void violation(int atLine, String problem) {
			violationCount++;
			if (violations.size() < MAX_REPORTED_VIOLATIONS) {
				violations.add(new PbFile.LimitViolation(atLine, problem));
			}
		}

		private Map<String, String> fields(Row row, List<String> header, String section) {
			List<String> cells = row.cells();
			if (cells.size() != header.size()) {
				// A trailing separator or missing trailing empty cells are harmless;
				// other shapes are not.
				boolean onlyEmptyExtra = cells.size() > header.size()
						&& cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank);
				boolean onlyMissingAtEnd = cells.size() < header.size() && cells.size() >= 2;
				if (!onlyEmptyExtra && !onlyMissingAtEnd) {
					throw error(row.line(),
							section + " row has " + cells.size() + " cells but the header has " + header.size());
				}
			}
			if (header != headerList) {
				headerList = header;
				headerArray = header.toArray(String[]::new);
			}
			String[] values = new String[headerArray.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = i < cells.size() ? cells.get(i) : "";
			}
			return new RowFields(headerArray, values);
		}

		/** The header of the section being read, as the array its rows share. */
		private List<String> headerList = List.of();

		private String[] headerArray = new String[0];

		private static boolean hasRepeats(List<String> listed) {
			if (listed.size() > 32) {
				return new HashSet<>(listed).size() < listed.size();
			}
			for (int i = 1; i < listed.size(); i++) {
				for (int j = 0; j < i; j++) {
					if (listed.get(i).equals(listed.get(j))) {
						return true;
					}
				}
			}
			return false;
		}

		private static List<String> list(String cell) {
			String trimmed = cell.trim();
			if (trimmed.isEmpty()) {
				return List.of();
			}
			List<String> items = new ArrayList<>();
			for (String item : trimmed.split(",", -1)) {
				items.add(item.trim());
			}
			return items;
		}

		private BigDecimal number(String value, @Nullable Integer atLine, String what) {
			try {
				return new BigDecimal(value.trim());
			}
			catch (NumberFormatException exception) {
				throw error(atLine == null ? 0 : atLine, what + " is not a number: '" + value.trim() + "'");
			}
		}

		private static List<String> trimAll(List<String> cells) {
			List<String> trimmed = new ArrayList<>(cells.size());
			for (String cell : cells) {
				trimmed.add(cell.trim());
			}
			// A trailing separator on the header adds no column.
			while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).isEmpty()) {
				trimmed.remove(trimmed.size() - 1);
			}
			return trimmed;
		}

		/**
		 * The next non-blank row, honouring quotes (which may span lines), or null at the
		 * end.
		 */
		private @Nullable Row nextRow() {
			while (position < text.length()) {
				int startLine = line;
				List<String> cells = new ArrayList<>();
				StringBuilder cell = new StringBuilder();
				boolean quoted = false;
				boolean cellStart = true;
				boolean endOfRow = false;
				while (position < text.length() && !endOfRow) {
					if (cellStart && !quoted && text.charAt(position) != '"') {
						// An unquoted cell (nearly all of them) is a plain slice of the
						// text up to the next separator.
						int end = position;
						while (end < text.length() && !isCellEnd(text.charAt(end))) {
							end++;
						}
						if (end > position) {
							cell.append(text, position, end);
							position = end;
							cellStart = false;
							continue;
						}
					}
					char c = text.charAt(position++);
					if (quoted) {
						if (c == '"') {
							if (position < text.length() && text.charAt(position) == '"') {
								cell.append('"');
								position++;
							}
							else {
								quoted = false;
							}
						}
						else {
							if (c == '\n') {
								line++;
							}
							cell.append(c);
						}
						continue;
					}
					switch (c) {
						case '"' -> {
							if (cellStart) {
								quoted = true;
								cellStart = false;
							}
							else {
								cell.append(c);
							}
						}
						case ';' -> {
							cells.add(cell.toString());
							cell.setLength(0);
							cellStart = true;
						}
						case '\r' -> {
							if (position < text.length() && text.charAt(position) == '\n') {
								position++;
							}
							line++;
							endOfRow = true;
						}
						case '\n' -> {
							line++;
							endOfRow = true;
						}
						default -> {
							cell.append(c);
							cellStart = false;
						}
					}
				}
				if (quoted) {
					throw error(startLine, "a quoted cell is never closed");
				}
				cells.add(cell.toString());
				if (cells.size() == 1 && cells.get(0).isBlank()) {
					continue;
				}
				return new Row(startLine, cells);
			}
			return null;
		}

		private static boolean isCellEnd(char c) {
			return c == ';' || c == '\n' || c == '\r';
		}

		private static InvalidInputException error(int atLine, String problem) {
			return new InvalidInputException(null, atLine, problem);
		}

	}

}
