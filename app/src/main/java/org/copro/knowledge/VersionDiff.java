package org.copro.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The changes between two versions of an entry, word by word, for the fields that
 * changed: what a reader sees as inserted and deleted text.
 */
final class VersionDiff {

	private static final Pattern TOKEN = Pattern.compile("\n|[^\\S\n]+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

	enum Kind {

		SAME, ADDED, REMOVED

	}

	/**
	 * A run of text of one kind, split at its line ends so that a page can break the
	 * lines.
	 */
	record Segment(Kind kind, List<String> lines) {

		public boolean added() {
			return kind == Kind.ADDED;
		}

		public boolean removed() {
			return kind == Kind.REMOVED;
		}
	}

	record FieldChange(String labelKey, List<Segment> segments) {
	}

	private VersionDiff() {
	}

	static List<FieldChange> between(EntryVersion older, EntryVersion newer) {
		Map<String, String> before = older.fields();
		Map<String, String> after = newer.fields();
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((key, value) -> {
			String other = after.getOrDefault(key, "");
			if (!value.equals(other)) {
				changes.add(new FieldChange(key, words(value, other)));
			}
		});
		return changes;
	}

	static List<Segment> words(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Kind.SAME, from.subList(position, start));
			add(segments, Kind.REMOVED, delta.getSource().getLines());
			add(segments, Kind.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
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
