package org.copro.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copro.web.WordDiff;

/**
 * The changes between two versions of an entry, word by word, for the fields that
 * changed: what a reader sees as inserted and deleted text.
 */
final class VersionDiff {

	record FieldChange(String labelKey, List<WordDiff.Segment> segments) {
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
				changes.add(new FieldChange(key, WordDiff.words(value, other)));
			}
		});
		return changes;
	}

}
