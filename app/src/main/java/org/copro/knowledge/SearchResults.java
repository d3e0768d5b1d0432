package org.copro.knowledge;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of results, the facet counts of the whole result and, for a query with unknown
 * words, a suggestion.
 */
record SearchResults(SearchRequest request, long total, List<Hit> hits, Map<String, List<FacetValue>> facets,
		@Nullable String suggestion) {

	/**
	 * A found entry with its score and, when the words occur in it, an HTML-escaped
	 * snippet with marks.
	 */
	record Hit(ListedEntry entry, float score, @Nullable String snippet) {
	}

	record FacetValue(String value, long count, boolean selected) {
	}

	int pageCount() {
		return (int) Math.min(Integer.MAX_VALUE, (total + request.size() - 1) / request.size());
	}
}
