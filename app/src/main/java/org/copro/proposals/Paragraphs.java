package org.copro.proposals;

import java.util.Arrays;
import java.util.List;

/**
 * Plain text as people typed it: paragraphs separated by blank lines, each a list of
 * lines.
 */
final class Paragraphs {

	private Paragraphs() {
	}

	/**
	 * The paragraphs of a text; each paragraph's lines are joined by newlines, which
	 * templates break on.
	 */
	static List<String> of(String text) {
		return Arrays.stream(text.strip().replace("\r\n", "\n").split("\n\\s*\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.toList();
	}

}
