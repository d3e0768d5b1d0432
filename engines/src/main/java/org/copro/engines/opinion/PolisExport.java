package org.copro.engines.opinion;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copro.engines.InvalidInputException;

/**
 * Reads the Polis open-data export (The Computational Democracy Project, pol.is):
 * {@code votes.csv} ({@code timestamp,datetime,comment-id,voter-id,vote}), the wide
 * {@code participants-votes.csv} (one row per participant, one column per statement) and
 * {@code comments.csv}.
 *
 * <p>
 * In the exports agree = +1, disagree = −1 and pass = 0; in {@code votes.csv} the latest
 * vote of a participant on a statement wins. Every problem is reported with the file and
 * line.
 */
public final class PolisExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

	private PolisExport() {
	}

	/**
	 * Reads the votes from either {@code votes.csv} or {@code participants-votes.csv},
	 * recognising the layout from the header.
	 */
	public static VoteMatrix readVotes(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readVotes(reader, file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}

	/** Reads votes from a stream; {@code file} names it in error messages. */
	public static VoteMatrix readVotes(Reader reader, Path file) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new InvalidInputException(file, 1, "the file is empty: expected a header");
			}
			CSVRecord header = records.next();
			Map<String, Integer> columns = columnIndex(header);
			if (columns.containsKey("voter-id") && columns.containsKey("comment-id") && columns.containsKey("vote")) {
				return readLongVotes(parser, records, columns, file);
			}
			if (columns.containsKey("participant")) {
				return readWideVotes(parser, records, header, columns, file);
			}
			throw new InvalidInputException(file, 1,
					"unknown header: expected votes.csv (timestamp,datetime,comment-id,voter-id,vote) or "
							+ "participants-votes.csv (participant,group-id,…,one column per statement)");
		}
	}

	private static VoteMatrix readLongVotes(CSVParser parser, Iterator<CSVRecord> records, Map<String, Integer> columns,
			Path file) {
		int voter = columns.get("voter-id");
		int comment = columns.get("comment-id");
		int vote = columns.get("vote");
		Integer timestamp = columns.get("timestamp");
		VoteMatrix.Builder builder = VoteMatrix.builder();
		long sequence = 0;
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			if (!records.hasNext()) {
				break;
			}
			CSVRecord record = records.next();
			if (isBlank(record)) {
				continue;
			}
			String participant = field(record, voter, "voter-id", file, line);
			String statement = field(record, comment, "comment-id", file, line);
			int value = parseVote(field(record, vote, "vote", file, line), file, line);
			long time = sequence++;
			if (timestamp != null) {
				String text = field(record, timestamp, "timestamp", file, line);
				try {
					time = Long.parseLong(text);
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException(file, (int) line,
							"timestamp is not a whole number: '" + text + "'");
				}
			}
			builder.add(participant, statement, value, time);
		}
		return builder.build();
	}

	private static VoteMatrix readWideVotes(CSVParser parser, Iterator<CSVRecord> records, CSVRecord header,
			Map<String, Integer> columns, Path file) {
		int participantColumn = columns.get("participant");
		// Statement columns are those whose header is an identifier and not one of the
		// summary columns.
		List<Integer> statementColumns = new ArrayList<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c);
			if (c != participantColumn && !isSummaryColumn(name)) {
				statementColumns.add(c);
			}
		}
		VoteMatrix.Builder builder = VoteMatrix.builder();
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			if (!records.hasNext()) {
				break;
			}
			CSVRecord record = records.next();
			if (isBlank(record)) {
				continue;
			}
			if (record.size() > header.size()) {
				throw new InvalidInputException(file, (int) line,
						"row has " + record.size() + " fields but the header has " + header.size());
			}
			String participant = field(record, participantColumn, "participant", file, line);
			builder.participant(participant);
			for (int c : statementColumns) {
				if (c < record.size() && !record.get(c).isEmpty()) {
					builder.add(participant, header.get(c), parseVote(record.get(c), file, line), 0);
				}
			}
		}
		return builder.build();
	}

	private static boolean isSummaryColumn(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "group-id", "n-comments", "n-votes", "n-agree", "n-disagree", "xid" -> true;
			default -> false;
		};
	}

	/**
	 * Reads {@code comments.csv} ({@code comment-id}, {@code moderated},
	 * {@code comment-body}, and optionally {@code is-meta}).
	 */
	public static List<Statement> readComments(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readComments(reader, file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}

	/** Reads comments from a stream; {@code file} names it in error messages. */
	public static List<Statement> readComments(Reader reader, Path file) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new InvalidInputException(file, 1, "the file is empty: expected a header");
			}
			Map<String, Integer> columns = columnIndex(records.next());
			Integer id = columns.get("comment-id");
			if (id == null) {
				throw new InvalidInputException(file, 1, "no comment-id column in the header");
			}
			Integer moderated = columns.get("moderated");
			Integer body = columns.get("comment-body");
			Integer meta = columns.containsKey("is-meta") ? columns.get("is-meta") : columns.get("is_meta");
			List<Statement> statements = new ArrayList<>();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (isBlank(record)) {
					continue;
				}
				String statement = field(record, id, "comment-id", file, line);
				int moderation = 1;
				if (moderated != null) {
					String text = field(record, moderated, "moderated", file, line);
					try {
						moderation = Integer.parseInt(text);
					}
					catch (NumberFormatException e) {
						throw new InvalidInputException(file, (int) line,
								"moderated must be -1, 0 or 1, not '" + text + "'");
					}
					if (moderation < -1 || moderation > 1) {
						throw new InvalidInputException(file, (int) line,
								"moderated must be -1, 0 or 1, not " + moderation);
					}
				}
				boolean isMeta = meta != null && meta < record.size() && isTrue(record.get(meta));
				String text = body != null && body < record.size() ? record.get(body) : "";
				statements.add(new Statement(statement, text, moderation, isMeta));
			}
			return List.copyOf(statements);
		}
	}

	private static Map<String, Integer> columnIndex(CSVRecord header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int c = 0; c < header.size(); c++) {
			// A byte order mark would hide the first column's name.
			String name = header.get(c).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
			columns.putIfAbsent(name, c);
		}
		return columns;
	}

	private static String field(CSVRecord record, int column, String name, Path file, long line) {
		if (column >= record.size()) {
			throw new InvalidInputException(file, (int) line, "missing " + name + " field");
		}
		String value = record.get(column);
		if (value.isEmpty()) {
			throw new InvalidInputException(file, (int) line, "empty " + name + " field");
		}
		return value;
	}

	private static int parseVote(String text, Path file, long line) {
		return switch (text) {
			case "1", "1.0", "+1" -> VoteMatrix.AGREE;
			case "-1", "-1.0" -> VoteMatrix.DISAGREE;
			case "0", "0.0", "-0" -> VoteMatrix.PASS;
			default -> throw new InvalidInputException(file, (int) line,
					"vote must be 1 (agree), -1 (disagree) or 0 (pass), not '" + text + "'");
		};
	}

	private static boolean isTrue(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "1", "true", "t", "yes" -> true;
			default -> false;
		};
	}

	private static boolean isBlank(CSVRecord record) {
		return record.size() == 1 && record.get(0).isEmpty();
	}

}
