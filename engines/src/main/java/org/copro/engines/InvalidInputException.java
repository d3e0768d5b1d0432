package org.copro.engines;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Input that an engine cannot accept, with the file and line where the problem is.
 *
 * <p>
 * The command line prints {@link #getMessage()} as one line on standard error and exits
 * with 2.
 */
public class InvalidInputException extends RuntimeException {

	private final @Nullable Path file;

	private final int line;

	public InvalidInputException(@Nullable Path file, int line, String problem) {
		super(describe(file, line, problem));
		this.file = file;
		this.line = line;
	}

	public InvalidInputException(String problem) {
		this(null, 0, problem);
	}

	/** The file that holds the problem, when the input came from one. */
	public @Nullable Path file() {
		return file;
	}

	/**
	 * The line of the problem, counted from 1, or 0 when it concerns the input as a
	 * whole.
	 */
	public int line() {
		return line;
	}

	/** The same problem, placed in a file (for parsers that read from a stream). */
	public InvalidInputException in(Path file) {
		return this.file != null ? this : new InvalidInputException(file, line, problemOnly());
	}

	private String problemOnly() {
		String message = getMessage();
		int separator = message.indexOf(": ");
		return (line > 0 && separator >= 0) ? message.substring(separator + 2) : message;
	}

	private static String describe(@Nullable Path file, int line, String problem) {
		StringBuilder where = new StringBuilder();
		if (file != null) {
			where.append(file);
		}
		if (line > 0) {
			where.append(where.isEmpty() ? "line " : ":").append(line);
		}
		return where.isEmpty() ? problem : where + ": " + problem;
	}

}
