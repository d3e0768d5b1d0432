package org.copro.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The changes between two texts word by word, as a reader sees them: runs of unchanged,
 * inserted and deleted text (java-diff-utils' Myers diff over words, spaces and
 * punctuation). The knowledge base's history and projects' agreements show them.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\n|[^\\S\n]+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

	public enum Kind {

		SAME, ADDED, REMOVED

	}

	/**
	 * A run of text of one kind, split at its line ends so that a page can break the
	 * lines.
	 */
	public record Segment(Kind kind, List<String> lines) {

		public boolean added() {
			return kind == Kind.ADDED;
		}

		public boolean removed() {
			return kind == Kind.REMOVED;
		}
	}

	private WordDiff() {
	}

	/**
	 * The runs of unchanged, removed and added text that turn {@code before} into
	 * {@code after}.
	 */
	public static List<Segment> words(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		// Each change as [from start, from end, to start, to end]; two changes only a
		// space apart read as one.
		List<int[]> changes = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int[] change = { delta.getSource().getPosition(),
					delta.getSource().getPosition() + delta.getSource().size(), delta.getTarget().getPosition(),
					delta.getTarget().getPosition() + delta.getTarget().size() };
			int[] last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
			if (last != null && from.subList(last[1], change[0]).stream().allMatch(String::isBlank)) {
				last[1] = change[1];
				last[3] = change[3];
			}
			else {
				changes.add(change);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (int[] change : changes) {
			// A space both sides end with is unchanged text, not part of the change.
			while (change[1] > change[0] && change[3] > change[2] && from.get(change[1] - 1).isBlank()
					&& from.get(change[1] - 1).equals(to.get(change[3] - 1))) {
				change[1]--;
				change[3]--;
			}
			add(segments, Kind.SAME, from.subList(position, change[0]));
			add(segments, Kind.REMOVED, from.subList(change[0], change[1]));
			add(segments, Kind.ADDED, to.subList(change[2], change[3]));
			position = change[1];
		}
		add(segments, Kind.SAME, from.subList(position, from.size()));
		return segments;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			text = String.join("\n", last.lines()) + text;
		}
		segments.add(new Segment(kind, List.of(text.split("\n", -1))));
	}

}
