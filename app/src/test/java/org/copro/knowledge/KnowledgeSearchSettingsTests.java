package org.copro.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeSearchSettingsTests {

	private static Map<String, Object> customized(SearchSettings settings) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("hibernate.search.schema_management.strategy", "create-or-update");
		new SearchBackendProperties(settings, "./data").customize(properties);
		return properties;
	}

	@Test
	void embeddedLuceneByDefault() {
		Map<String, Object> properties = customized(new SearchSettings("", List.of(), "", "", "", ""));
		assertThat(properties).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.analysis.configurer", "class:" + KnowledgeAnalysis.class.getName())
			.containsEntry("hibernate.search.backend.directory.root", "./data/index")
			.containsEntry("hibernate.search.backend.indexes.kb_entry.io.writer.ram_buffer_size", "64")
			.doesNotContainKey("hibernate.search.backend.uris");
	}

	@Test
	void addressesAloneChooseTheClusterWithItsAnalysers() {
		Map<String, Object> properties = customized(new SearchSettings(null,
				List.of("https://search-1.example.org:9200", " https://search-2.example.org:9200 "), "copro", "secret",
				null, null));
		assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.uris",
					"https://search-1.example.org:9200,https://search-2.example.org:9200")
			.containsEntry("hibernate.search.backend.username", "copro")
			.containsEntry("hibernate.search.backend.password", "secret")
			.containsEntry("hibernate.search.backend.analysis.configurer",
					"class:" + KnowledgeElasticsearchAnalysis.class.getName())
			.containsEntry("hibernate.search.schema_management.strategy", "create-or-update")
			.doesNotContainKeys("hibernate.search.backend.directory.root",
					"hibernate.search.backend.indexes.kb_entry.io.writer.ram_buffer_size",
					"hibernate.search.backend.version_check.enabled", "hibernate.search.backend.layout.strategy");
	}

	@Test
	void aPrefixKeepsTheIndexesOfInstancesThatShareAClusterApart() {
		Map<String, Object> properties = customized(
				new SearchSettings(null, List.of("http://localhost:9200"), null, null, null, " Copro-Cardiff- "));
		var layout = (ClusterIndexLayout) properties.get("hibernate.search.backend.layout.strategy");
		assertThat(layout.createInitialElasticsearchIndexName("kb_entry")).isEqualTo("copro-cardiff-kb_entry-000001");
		assertThat(layout.createReadAlias("kb_entry")).isEqualTo("copro-cardiff-kb_entry-read");
		assertThat(layout.createWriteAlias("kb_entry")).isEqualTo("copro-cardiff-kb_entry-write");
		assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("copro-cardiff-kb_entry-000003"))
			.isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("kb_entry"));
	}

	@Test
	void aGivenVersionIsNotAskedOfTheCluster() {
		Map<String, Object> properties = customized(
				new SearchSettings("opensearch", List.of("http://localhost:9200"), null, null, "opensearch:3.0", ""));
		assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.version", "opensearch:3.0")
			.containsEntry("hibernate.search.backend.version_check.enabled", "false")
			.doesNotContainKey("hibernate.search.backend.username");
	}

	@Test
	void refusesAClusterWithoutAddressesAndAnUnknownBackend() {
		assertThatThrownBy(() -> customized(new SearchSettings("elasticsearch", List.of(" "), null, null, null, null)))
			.hasMessageContaining("COPRO_SEARCH_URIS");
		assertThatThrownBy(() -> customized(new SearchSettings("solr", List.of(), null, null, null, null)))
			.hasMessageContaining("COPRO_SEARCH_BACKEND");
		assertThat(
				customized(new SearchSettings("lucene", List.of("http://ignored:9200"), null, null, null, "ignored-")))
			.containsEntry("hibernate.search.backend.type", "lucene");
	}

}
