package org.copro.knowledge;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge index lives: embedded Lucene under the data folder (the default),
 * or an Elasticsearch or OpenSearch cluster, chosen with
 * {@code COPRO_SEARCH_BACKEND=elasticsearch} or by giving {@code COPRO_SEARCH_URIS}.
 *
 * @param backend {@code lucene}, {@code elasticsearch} (also for OpenSearch), or empty to
 * decide from the addresses
 * @param uris the cluster's addresses, such as {@code https://search.example.org:9200}
 * @param username user name for HTTP basic authentication, if the cluster asks for one
 * @param password password for HTTP basic authentication
 * @param version the cluster's version (such as {@code 9.1} or {@code opensearch:3.0}):
 * when given, it is not asked of the cluster at start-up, so that the application starts
 * while the cluster is down
 * @param indexPrefix put before the name of every index and alias on the cluster, such as
 * {@code copro-cardiff-}, so that several instances can share a cluster
 */
@ConfigurationProperties("copro.search")
record SearchSettings(@Nullable String backend, @Nullable List<String> uris, @Nullable String username,
		@Nullable String password, @Nullable String version, @Nullable String indexPrefix) {

	enum Backend {

		LUCENE, ELASTICSEARCH

	}

	Backend chosenBackend() {
		String chosen = backend == null ? "" : backend.strip().toLowerCase(Locale.ROOT);
		return switch (chosen) {
			case "" -> addresses().isEmpty() ? Backend.LUCENE : Backend.ELASTICSEARCH;
			case "lucene" -> Backend.LUCENE;
			case "elasticsearch", "opensearch" -> Backend.ELASTICSEARCH;
			default -> throw new IllegalArgumentException(
					"COPRO_SEARCH_BACKEND must be lucene or elasticsearch, not " + backend);
		};
	}

	/** The index prefix, lower case as index names must be, or empty for none. */
	String prefix() {
		return indexPrefix == null ? "" : indexPrefix.strip().toLowerCase(Locale.ROOT);
	}

	List<String> addresses() {
		return uris == null ? List.of() : uris.stream().map(String::strip).filter(uri -> !uri.isEmpty()).toList();
	}
}
