package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a snippet for a found entry: the sentence of its summary, or else of its body,
 * that holds the words of the query (or their synonyms), HTML-escaped with the words
 * marked.
 *
 * <p>
 * It works on the texts of the entry as the index keeps them, the same whichever backend
 * holds the index. A long body is not analysed whole: a window around the first place
 * where a word's stem occurs is, and only if the analysis finds no word there is the next
 * place tried. One instance serves one search, in one thread.
 */
final class Snippets {

	private static final String FIELD = "text";

	private static final int WINDOW = 300;

	private static final int TRIES = 4;

	private final Query query;

	private final List<String> probes;

	/**
	 * Marks the words and phrases of the query; made when a text first needs it, since it
	 * is for phrases only.
	 */
	private @Nullable FieldHighlighter highlighter;

	/**
	 * The query's words without its phrases (synonyms of several words), or null when it
	 * has no phrase.
	 */
	private final @Nullable Query words;

	/** The terms of each phrase of the query. */
	private final List<Set<Term>> phraseTerms = new ArrayList<>();

	/**
	 * For each phrase of the query with a word that it does not have alone, where its
	 * words may stand together in a text: words beginning as the phrase's terms do, in
	 * order, with at most two other words between each.
	 */
	private final List<Pattern> phrasePlaces = new ArrayList<>();

	/**
	 * Marks words from the text's tokens alone, which is much faster than the highlighter
	 * for phrases, since that one makes an index in memory of each text.
	 */
	private final FieldHighlighter wordHighlighter;

	private Snippets(Query query) {
		Set<Term> terms = new LinkedHashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		List<String> probes = new ArrayList<>();
		for (Term each : terms) {
			String probe = probe(each);
			if (probe.length() >= 2) {
				probes.add(probe);
			}
		}
		this.query = query;
		this.probes = probes;
		Query withoutPhrases = withoutPhrases(query);
		this.words = withoutPhrases == query ? null : withoutPhrases;
		this.wordHighlighter = Prepared.of(false, withoutPhrases);
		// A phrase of words the query also has one by one (the query's own words, as a
		// path of its synonyms) marks nothing more than the words do.
		Set<Term> single = new LinkedHashSet<>();
		withoutPhrases.visit(QueryVisitor.termCollector(single));
		phraseTerms.removeIf(single::containsAll);
		phraseTerms.forEach(phrase -> phrasePlaces.add(Pattern.compile(phrase.stream()
			.map(term -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(probe(term)) + "[\\p{L}\\p{N}]*")
			.collect(Collectors.joining("(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,2}?[^\\p{L}\\p{N}]+")))));
	}

	/**
	 * The beginning of a term's words as written: a stem may end where its words differ
	 * ("polici" for policy and policies).
	 */
	private static String probe(Term term) {
		String text = term.text();
		return text.endsWith("i") || text.endsWith("e") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * A highlighter prepared once for a query (its terms, and how to find them in a text)
	 * and used for every text of a search, as Lucene does for the documents of one
	 * highlighting.
	 */
	private static final class Prepared extends UnifiedHighlighter {

		private Prepared(Builder builder) {
			super(builder);
		}

		static FieldHighlighter of(boolean phrases, Query query) {
			var builder = UnifiedHighlighter
				.builderWithoutSearcher(KnowledgeAnalysis.analyzer(KnowledgeAnalysis.ENGLISH))
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
				.withMaxNoHighlightPassages(0);
			if (!phrases) {
				builder.withPassageRelevancyOverSpeed(false).withWeightMatches(false);
			}
			return new Prepared(builder).getFieldHighlighter(FIELD, query, extractTerms(query), 1);
		}

	}

	/**
	 * The query without its phrases, noting their words: the same query when it has none.
	 */
	private Query withoutPhrases(Query query) {
		if (!(query instanceof BooleanQuery bool)) {
			return query;
		}
		BooleanQuery.Builder kept = new BooleanQuery.Builder();
		boolean changed = false;
		for (BooleanClause clause : bool.clauses()) {
			Query inner = clause.getQuery();
			if (inner instanceof PhraseQuery || inner instanceof MultiPhraseQuery) {
				Set<Term> terms = new LinkedHashSet<>();
				inner.visit(QueryVisitor.termCollector(terms));
				phraseTerms.add(terms);
				changed = true;
				continue;
			}
			Query without = withoutPhrases(inner);
			changed |= without != inner;
			kept.add(without, clause.getOccur());
		}
		return changed ? kept.build() : query;
	}

	/**
	 * Snippets for the words of a query and their synonyms; null when the query has no
	 * word to mark. A synonym of several words is marked only where those words stand
	 * together ("community budget" for participatory budgeting, not every "community").
	 */
	static @Nullable Snippets forQuery(Collection<String> texts) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		boolean some = false;
		for (String text : texts) {
			for (String analyzer : List.of(KnowledgeAnalysis.ENGLISH, KnowledgeAnalysis.ENGLISH_SYNONYMS)) {
				QueryBuilder builder = new QueryBuilder(KnowledgeAnalysis.analyzer(analyzer));
				builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
				Query query = builder.createBooleanQuery(FIELD, text);
				if (query != null) {
					any.add(query, BooleanClause.Occur.SHOULD);
					some = true;
				}
			}
		}
		return some ? new Snippets(any.build()) : null;
	}

	/** The terms the given analyser makes of a text. */
	static Set<String> terms(String analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		Analyzer chosen = KnowledgeAnalysis.analyzer(analyzer);
		try (TokenStream tokens = chosen.tokenStream(FIELD, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	@Nullable String of(String summary, String body) {
		String fromSummary = highlight(summary);
		return fromSummary != null ? fromSummary : fromBody(body);
	}

	private @Nullable String fromBody(String body) {
		String lower = body.toLowerCase(Locale.ROOT);
		int from = 0;
		for (int attempt = 0; attempt < TRIES; attempt++) {
			int at = firstProbe(lower, from);
			if (at < 0) {
				return null;
			}
			int start = boundary(body, Math.max(0, at - WINDOW), false);
			int end = boundary(body, Math.min(body.length(), at + WINDOW), true);
			String snippet = highlight(body.substring(start, end));
			if (snippet != null) {
				return snippet;
			}
			from = at + 1;
		}
		return null;
	}

	private boolean mayHavePhrase(String lower) {
		return phrasePlaces.stream().anyMatch(place -> place.matcher(lower).find());
	}

	/** Where a word beginning with the probe first starts, or -1. */
	private static int wordStart(String lower, String probe, int from) {
		int at = lower.indexOf(probe, from);
		// Only where a word starts: "car" is no sign of "care" in "scarce".
		while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
			at = lower.indexOf(probe, at + 1);
		}
		return at;
	}

	private int firstProbe(String lower, int from) {
		int first = -1;
		for (String probe : probes) {
			int at = wordStart(lower, probe, from);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/**
	 * The nearest white space outward from a position, so that a window does not cut a
	 * word in two.
	 */
	private static int boundary(String text, int position, boolean forward) {
		int at = position;
		while (at > 0 && at < text.length() && !Character.isWhitespace(text.charAt(at))) {
			at += forward ? 1 : -1;
		}
		return at;
	}

	private @Nullable String highlight(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			// The phrases, which take longer to find, only where all their words are; a
			// query without phrases is all words.
			boolean phrases = words != null && mayHavePhrase(text.toLowerCase(Locale.ROOT));
			if (phrases && highlighter == null) {
				highlighter = Prepared.of(true, query);
			}
			Object snippet = (phrases ? highlighter : wordHighlighter).highlightFieldForDoc(null, -1, text);
			return snippet == null ? null : snippet.toString().strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
