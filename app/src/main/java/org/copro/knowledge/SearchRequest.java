package org.copro.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A search as a person or a program asks for it: words, chosen facet values, order and
 * page.
 *
 * @param filters facet name to chosen values: values of one facet are alternatives,
 * facets narrow each other
 */
record SearchRequest(String query, Map<String, List<String>> filters, Order order, int page, int size) {

	static final int MAX_SIZE = 100;

	static final int MAX_QUERY_LENGTH = 500;

	/** Facets offered beside the results, in the order shown. */
	static final List<String> FACETS = List.of("type", "approach", "service_area", "place", "period", "language");

	enum Order {

		RELEVANCE, NEWEST, OLDEST

	}

	SearchRequest {
		query = query.strip();
		filters = Map.copyOf(filters);
	}

	static SearchRequest of(String query, int size) {
		return new SearchRequest(query, Map.of(), Order.RELEVANCE, 1, size);
	}

	int offset() {
		return (page - 1) * size;
	}
}
