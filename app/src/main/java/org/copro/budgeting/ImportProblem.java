package org.copro.budgeting;

/**
 * Why an imported .pb file was refused: a message code and its arguments, and where in
 * the file.
 *
 * @param line the line of the problem; 0 for the file as a whole; below 0 when it is not
 * about the file's content
 * @param code the message key
 * @param arguments its arguments
 */
record ImportProblem(int line, String code, Object... arguments) {

	/** A problem with the upload rather than with a place in the file. */
	static ImportProblem of(String code, Object... arguments) {
		return new ImportProblem(-1, code, arguments);
	}

	/** The key that places the message: on a line, in the file, or as it is. */
	public String placement() {
		return line > 0 ? "budgeting.import.line" : line == 0 ? "budgeting.import.file" : "budgeting.import.as-is";
	}
}
