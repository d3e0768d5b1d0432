package org.copro.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of an entry as a file row or a form gives it, before it is saved.
 */
record EntryDraft(String externalId, EntryType type, String title, String summary, String body, String period,
		@Nullable Integer startYear, @Nullable Integer endYear, String country, String region, String localArea,
		List<String> serviceAreas, List<String> approaches, List<String> keywords, String contributors,
		String organiser, String url, String language, EntryStatus status) {
}
