package org.copro.knowledge;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Points Hibernate Search at the backend that {@link SearchSettings} chooses, with that
 * backend's analysers. The embedded Lucene settings stay in
 * {@code application.properties}; for a cluster they are taken out, since they mean
 * nothing there.
 */
@Component
class SearchBackendProperties implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchSettings settings;

	SearchBackendProperties(SearchSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		switch (settings.chosenBackend()) {
			case LUCENE -> {
				properties.put(BACKEND + "type", "lucene");
				properties.put(BACKEND + "analysis.configurer", "class:" + KnowledgeAnalysis.class.getName());
			}
			case ELASTICSEARCH -> {
				if (settings.addresses().isEmpty()) {
					throw new IllegalArgumentException(
							"COPRO_SEARCH_URIS must give the cluster's addresses for the elasticsearch backend");
				}
				properties.keySet()
					.removeIf(key -> key.startsWith(BACKEND + "directory.") || key.startsWith(BACKEND + "io.")
							|| key.matches("hibernate\\.search\\.backend\\.indexes\\.[^.]+\\.io\\..*"));
				properties.put(BACKEND + "type", "elasticsearch");
				properties.put(BACKEND + "uris", String.join(",", settings.addresses()));
				properties.put(BACKEND + "analysis.configurer",
						"class:" + KnowledgeElasticsearchAnalysis.class.getName());
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
