package org.copro.engines.budgeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the pabulib {@code .pb} format, quoting a cell only when it holds a separator, a
 * quote or a line break, so that {@link PbReader} reads back the same election.
 */
public final class PbWriter {

	private PbWriter() {
	}

	/** Writes a file in UTF-8 without a byte-order mark. */
	public static void write(PbFile file, Path target) {
		try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			write(file, writer);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(target + ": " + exception.getMessage(), exception);
		}
	}

	/** The text of a file. */
	public static String toText(PbFile file) {
		java.io.StringWriter text = new java.io.StringWriter();
		try {
			write(file, text);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return text.toString();
	}

	/** Writes to a stream. */
	public static void write(PbFile file, Writer out) throws IOException {
		out.write("META\n");
		row(out, List.of("key", "value"));
		for (Map.Entry<String, String> entry : file.meta().entrySet()) {
			row(out, List.of(entry.getKey(), entry.getValue()));
		}
		out.write("PROJECTS\n");
		row(out, file.projectColumns());
		for (PbProject project : file.projects()) {
			row(out, cells(file.projectColumns(), project.fields()));
		}
		out.write("VOTES\n");
		row(out, file.voteColumns());
		for (PbVote vote : file.votes()) {
			Map<String, String> fields = new java.util.LinkedHashMap<>(vote.fields());
			// The list cells are rebuilt from the parsed ballot so that edited ballots
			// are written as they are.
			fields.put("voter_id", vote.voterId());
			fields.put("vote", String.join(",", vote.projects()));
			if (vote.points() != null) {
				fields.put("points",
						String.join(",", vote.points().stream().map(java.math.BigDecimal::toPlainString).toList()));
			}
			row(out, cells(file.voteColumns(), fields));
		}
	}

	private static List<String> cells(List<String> columns, Map<String, String> fields) {
		return columns.stream().map(column -> fields.getOrDefault(column, "")).toList();
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(';');
			}
			out.write(quote(cells.get(i)));
		}
		out.write('\n');
	}

	private static String quote(String cell) {
		if (cell.indexOf(';') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

}
