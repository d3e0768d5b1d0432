package org.copro.knowledge;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the knowledge index: English with stemming, Welsh without, both folding case and accents,
 * and the field's synonyms applied when searching.
 *
 * <p>Hyphenated prefixes are joined first ("co-production" and "coproduction" become one word, as do
 * "e-participation" and "eparticipation"), so that spelling variants meet before any other rule.
 */
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "kb_english";

	static final String ENGLISH_SYNONYMS = "kb_english_synonyms";

	static final String WELSH = "kb_welsh";

	static final String SPELLING = "kb_spelling";

	static final String SORT = "kb_sort";

	/**
	 * The hyphen after a prefix, found from the hyphen: the engine tests one character at each position and looks
	 * back only at hyphens, which is faster on long bodies than trying each prefix at every word.
	 */
	private static final String JOIN_PREFIXES = "[-\u2010\u2011](?<=\\b(?i:co|e|re|pre|non)[-\u2010\u2011])(?=\\p{L})";

	private static final String JOIN_WELSH_PREFIXES = "[-\u2010\u2011](?<=\\b(?i:cyd)[-\u2010\u2011])(?=\\p{L})";


	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).custom()
				.tokenizer(StandardTokenizerFactory.class)
				.charFilter(PatternReplaceCharFilterFactory.class).param("pattern", JOIN_PREFIXES)
				.param("replacement", "")
				.tokenFilter(EnglishPossessiveFilterFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class)
				.tokenFilter(StopFilterFactory.class)
				.tokenFilter(EnglishMinimalStemFilterFactory.class)
				.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(ENGLISH_SYNONYMS).custom()
				.tokenizer(StandardTokenizerFactory.class)
				.charFilter(PatternReplaceCharFilterFactory.class).param("pattern", JOIN_PREFIXES)
				.param("replacement", "")
				.tokenFilter(EnglishPossessiveFilterFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class)
				.tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", "knowledge/synonyms.txt")
				.param("ignoreCase", "true").param("expand", "true")
				.tokenFilter(StopFilterFactory.class)
				.tokenFilter(EnglishMinimalStemFilterFactory.class)
				.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(WELSH).custom()
				.tokenizer(StandardTokenizerFactory.class)
				.charFilter(PatternReplaceCharFilterFactory.class).param("pattern", JOIN_WELSH_PREFIXES)
				.param("replacement", "")
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class)
				.tokenFilter(StopFilterFactory.class).param("words", "knowledge/welsh-stop-words.txt");
		context.analyzer(SPELLING).custom()
				.tokenizer(StandardTokenizerFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(SORT).custom()
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class);
	}
}
