package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the knowledge index: English with stemming, Welsh without, both
 * folding case and accents, and the field's synonyms applied when searching.
 * {@link KnowledgeElasticsearchAnalysis} defines the same chains for an Elasticsearch or
 * OpenSearch cluster.
 *
 * <p>
 * Hyphenated prefixes are joined first ("co-production" and "coproduction" become one
 * word, as do "e-participation" and "eparticipation"), so that spelling variants meet
 * before any other rule.
 *
 * <p>
 * The analysers are built here rather than by name in the index, so that snippets are cut
 * with the same analysis whichever backend holds the index.
 */
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "kb_english";

	static final String ENGLISH_SYNONYMS = "kb_english_synonyms";

	static final String WELSH = "kb_welsh";

	static final String SPELLING = "kb_spelling";

	static final String SORT = "kb_sort";

	static final String SYNONYMS_FILE = "knowledge/synonyms.txt";

	static final String WELSH_STOP_WORDS_FILE = "knowledge/welsh-stop-words.txt";

	/**
	 * The hyphen after a prefix, found from the hyphen: the engine tests one character at
	 * each position and looks back only at hyphens, which is faster on long bodies than
	 * trying each prefix at every word.
	 */
	static final String JOIN_PREFIXES = "[-\u2010\u2011](?<=\\b(?i:co|e|re|pre|non)[-\u2010\u2011])(?=\\p{L})";

	static final String JOIN_WELSH_PREFIXES = "[-\u2010\u2011](?<=\\b(?i:cyd)[-\u2010\u2011])(?=\\p{L})";

	private static final Map<String, Analyzer> ANALYZERS = build();

	/** The analyser of the given name, as the Lucene index uses it. */
	static Analyzer analyzer(String name) {
		Analyzer analyzer = ANALYZERS.get(name);
		if (analyzer == null) {
			throw new IllegalArgumentException("No analyser " + name);
		}
		return analyzer;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		ANALYZERS.forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
		context.normalizer(SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	private static Map<String, Analyzer> build() {
		try {
			Map<String, Analyzer> analyzers = new LinkedHashMap<>();
			analyzers.put(ENGLISH, english(false));
			analyzers.put(ENGLISH_SYNONYMS, english(true));
			analyzers.put(WELSH, builder().withTokenizer(StandardTokenizerFactory.class)
				.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", JOIN_WELSH_PREFIXES, "replacement", "")
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(StopFilterFactory.class, "words", WELSH_STOP_WORDS_FILE)
				.build());
			analyzers.put(SPELLING,
					builder().withTokenizer(StandardTokenizerFactory.class)
						.addTokenFilter(LowerCaseFilterFactory.class)
						.addTokenFilter(ASCIIFoldingFilterFactory.class)
						.build());
			return Map.copyOf(analyzers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Analyzer english(boolean synonyms) throws IOException {
		CustomAnalyzer.Builder builder = builder().withTokenizer(StandardTokenizerFactory.class)
			.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", JOIN_PREFIXES, "replacement", "")
			.addTokenFilter(EnglishPossessiveFilterFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class);
		if (synonyms) {
			builder.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", SYNONYMS_FILE, "ignoreCase", "true",
					"expand", "true");
		}
		return builder.addTokenFilter(StopFilterFactory.class)
			.addTokenFilter(EnglishMinimalStemFilterFactory.class)
			.addTokenFilter(PorterStemFilterFactory.class)
			.build();
	}

	private static CustomAnalyzer.Builder builder() {
		return CustomAnalyzer.builder(new ClasspathResourceLoader(KnowledgeAnalysis.class.getClassLoader()));
	}

}
