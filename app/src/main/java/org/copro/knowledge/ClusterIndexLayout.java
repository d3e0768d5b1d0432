package org.copro.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.hibernate.search.util.common.SearchException;

/**
 * Hibernate Search's simple layout on a cluster (an index {@code kb_entry-000001} behind
 * the aliases {@code kb_entry-read} and {@code kb_entry-write}), with every name behind a
 * prefix, so that several CoPro instances, or the test contexts of one build, can share a
 * cluster without seeing each other's entries, as different data folders keep them apart
 * on the embedded index.
 */
final class ClusterIndexLayout implements IndexLayoutStrategy {

	private static final Pattern PRIMARY_NAME = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	ClusterIndexLayout(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher matcher = PRIMARY_NAME.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new SearchException("Unexpected index name on the cluster: " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}
