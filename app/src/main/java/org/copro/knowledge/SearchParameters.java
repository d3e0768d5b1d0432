package org.copro.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a search from request parameters ({@code q}, {@code sort}, {@code page},
 * {@code size} and one parameter per facet, repeated for several values) and writes it
 * back as links, so that every search has an address.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	static SearchRequest read(MultiValueMap<String, String> parameters, int defaultSize) {
		String query = first(parameters, "q", "");
		if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
		}
		int page = number(parameters, "page", 1);
		int size = number(parameters, "size", defaultSize);
		if (page < 1 || page > 1000) {
			throw new IllegalArgumentException("page must be between 1 and 1000");
		}
		if (size < 1 || size > SearchRequest.MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + SearchRequest.MAX_SIZE);
		}
		SearchRequest.Order order = switch (first(parameters, "sort", "relevance").toLowerCase(Locale.ROOT)) {
			case "relevance", "" -> SearchRequest.Order.RELEVANCE;
			case "newest" -> SearchRequest.Order.NEWEST;
			case "oldest" -> SearchRequest.Order.OLDEST;
			default -> throw new IllegalArgumentException("sort must be relevance, newest or oldest");
		};
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : SearchRequest.FACETS) {
			List<String> values = parameters.getOrDefault(facet, List.of())
				.stream()
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.distinct()
				.limit(20)
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		return new SearchRequest(query, filters, order, page, size);
	}

	/** The address of the same search on another page, or with another query. */
	static String link(String path, SearchRequest request, String query, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (!query.isEmpty()) {
			builder.queryParam("q", query);
		}
		request.filters().forEach((facet, values) -> values.forEach(value -> builder.queryParam(facet, value)));
		if (request.order() != SearchRequest.Order.RELEVANCE) {
			builder.queryParam("sort", request.order().name().toLowerCase(Locale.ROOT));
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

	private static String first(MultiValueMap<String, String> parameters, String name, String otherwise) {
		String value = parameters.getFirst(name);
		return value == null ? otherwise : value;
	}

	private static int number(MultiValueMap<String, String> parameters, String name, int otherwise) {
		String value = parameters.getFirst(name);
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number");
		}
	}

}
