package org.copro.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link KnowledgeAnalysis}, defined for an Elasticsearch or OpenSearch
 * cluster with the cluster's built-in components: the same tokenizer, prefix joining,
 * folding, stop words, stemmers and synonyms. The synonyms and Welsh stop words are sent
 * inline, so that no file has to be copied onto the cluster's nodes.
 */
public class KnowledgeElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	static final String JOIN_PREFIXES = "kb_join_prefixes";

	static final String JOIN_WELSH_PREFIXES = "kb_join_welsh_prefixes";

	static final String POSSESSIVE = "kb_english_possessive";

	static final String MINIMAL_STEM = "kb_english_minimal_stem";

	static final String ENGLISH_STOP = "kb_english_stop";

	static final String SYNONYMS = "kb_synonyms";

	static final String WELSH_STOP = "kb_welsh_stop";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(JOIN_PREFIXES)
			.type("pattern_replace")
			.param("pattern", KnowledgeAnalysis.JOIN_PREFIXES)
			.param("replacement", "");
		context.charFilter(JOIN_WELSH_PREFIXES)
			.type("pattern_replace")
			.param("pattern", KnowledgeAnalysis.JOIN_WELSH_PREFIXES)
			.param("replacement", "");
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(MINIMAL_STEM).type("stemmer").param("language", "minimal_english");
		context.tokenFilter(ENGLISH_STOP).type("stop").param("stopwords", "_english_");
		context.tokenFilter(SYNONYMS)
			.type("synonym_graph")
			.param("expand", true)
			.param("synonyms", lines(KnowledgeAnalysis.SYNONYMS_FILE).toArray(String[]::new));
		context.tokenFilter(WELSH_STOP)
			.type("stop")
			.param("stopwords", lines(KnowledgeAnalysis.WELSH_STOP_WORDS_FILE).toArray(String[]::new));

		context.analyzer(KnowledgeAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilters(JOIN_PREFIXES)
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", ENGLISH_STOP, MINIMAL_STEM, "porter_stem");
		context.analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS)
			.custom()
			.tokenizer("standard")
			.charFilters(JOIN_PREFIXES)
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", SYNONYMS, ENGLISH_STOP, MINIMAL_STEM, "porter_stem");
		context.analyzer(KnowledgeAnalysis.WELSH)
			.custom()
			.tokenizer("standard")
			.charFilters(JOIN_WELSH_PREFIXES)
			.tokenFilters("lowercase", "asciifolding", WELSH_STOP);
		context.analyzer(KnowledgeAnalysis.SPELLING)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.normalizer(KnowledgeAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The rules of a word-list file, without comments and blank lines. */
	static List<String> lines(String resource) {
		try (InputStream in = KnowledgeElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
