package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a snippet for a found entry: the sentence of its summary, or else of its body,
 * that holds the words of the query (or their synonyms), HTML-escaped with the words
 * marked.
 *
 * <p>
 * It works on the entry as loaded, the same whichever backend holds the index, so that
 * the index need not keep the body's text. A long body is not analysed whole: a window
 * around the first place where a word's stem occurs is, and only if the analysis finds no
 * word there is the next place tried.
 */
final class Snippets {

	private static final String FIELD = "text";

	private static final int WINDOW = 300;

	private static final int TRIES = 4;

	private final Query query;

	private final List<String> probes;

	private final UnifiedHighlighter highlighter;

	private Snippets(Query query) {
		Set<Term> terms = new LinkedHashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		List<String> probes = new ArrayList<>();
		for (Term each : terms) {
			String term = each.text();
			// A stem may end where its words differ ("polici" for policy and policies).
			String probe = term.endsWith("i") || term.endsWith("e") ? term.substring(0, term.length() - 1) : term;
			if (probe.length() >= 2) {
				probes.add(probe);
			}
		}
		this.query = query;
		this.probes = probes;
		this.highlighter = UnifiedHighlighter
			.builderWithoutSearcher(KnowledgeAnalysis.analyzer(KnowledgeAnalysis.ENGLISH))
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxNoHighlightPassages(0)
			.build();
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

	@Nullable String of(KnowledgeEntry entry) {
		return of(entry.summary(), entry.body());
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

	private int firstProbe(String lower, int from) {
		int first = -1;
		for (String probe : probes) {
			int at = lower.indexOf(probe, from);
			// Only where a word starts: "car" is no sign of "care" in "scarce".
			while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
				at = lower.indexOf(probe, at + 1);
			}
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
			Object snippet = highlighter.highlightWithoutSearcher(FIELD, query, text, 1);
			return snippet == null ? null : snippet.toString().strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
