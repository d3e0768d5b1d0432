package org.copro.knowledge;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Points Hibernate Search at the backend that {@link SearchSettings} chooses, with that
 * backend's analysers and settings. The embedded index's settings are set here rather
 * than in {@code application.properties}: Spring Boot adds those after this customizer,
 * so they could not be left out for a cluster, where Hibernate Search warns about them on
 * every start as unused.
 */
@Component
class SearchBackendProperties implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchSettings settings;

	private final String dataDir;

	SearchBackendProperties(SearchSettings settings, @Value("${copro.data-dir}") String dataDir) {
		this.settings = settings;
		this.dataDir = dataDir;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		switch (settings.chosenBackend()) {
			case LUCENE -> {
				properties.put(BACKEND + "type", "lucene");
				properties.put(BACKEND + "analysis.configurer", "class:" + KnowledgeAnalysis.class.getName());
				properties.putIfAbsent(BACKEND + "directory.root", dataDir + "/index");
				// A larger writer buffer: fewer, larger segments when re-indexing, so
				// fewer
				// merges.
				properties.putIfAbsent(BACKEND + "indexes.kb_entry.io.writer.ram_buffer_size", "64");
			}
			case ELASTICSEARCH -> {
				if (settings.addresses().isEmpty()) {
					throw new IllegalArgumentException(
							"COPRO_SEARCH_URIS must give the cluster's addresses for the elasticsearch backend");
				}
				properties.put(BACKEND + "type", "elasticsearch");
				properties.put(BACKEND + "uris", String.join(",", settings.addresses()));
				properties.put(BACKEND + "analysis.configurer",
						"class:" + KnowledgeElasticsearchAnalysis.class.getName());
				if (!settings.prefix().isEmpty()) {
					properties.put(BACKEND + "layout.strategy", new ClusterIndexLayout(settings.prefix()));
				}
				if (settings.username() != null && !settings.username().isBlank()) {
					properties.put(BACKEND + "username", settings.username());
					properties.put(BACKEND + "password", settings.password() == null ? "" : settings.password());
				}
				if (settings.version() != null && !settings.version().isBlank()) {
					properties.put(BACKEND + "version", settings.version().strip());
					properties.put(BACKEND + "version_check.enabled", "false");
				}
			}
		}
	}

}
