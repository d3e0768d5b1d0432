package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the hits of a search on the embedded index, on Lucene directly: the same clauses
 * and weights that {@link KnowledgeSearch} gives a cluster, laid out so that Lucene can
 * skip the entries that cannot reach the page.
 *
 * <p>
 * The clauses that add up word scores (a word in the title, the word or its synonym
 * anywhere) are one flat list, each word of each field once, with the weights of the
 * clauses it came from added together. Lucene scores such a list by "max score": it knows
 * the best score each clause can still give, and passes over the entries whose best total
 * cannot beat the page's last. The clauses that ask for several words together (every
 * word somewhere, the words as a phrase) and the synonyms in the short fields, which cost
 * much and move entries little, then add to the scores of the best {@value #RESCORED}
 * only, as a cluster's rescoring window does. A filter that lets most entries through
 * (published, a common type) is checked as each hit is collected, since a filter clause
 * would make the query a conjunction and cost the skipping; a narrow one is a clause, and
 * leads.
 */
final class LuceneRanking {

	/**
	 * Hibernate Search's own field with each document's entity id, as text, in binary doc
	 * values.
	 */
	static final String ID_FIELD = "__HSEARCH_id_docvalue";

	/**
	 * A filter passing fewer than this share of the entries is a clause of the query
	 * instead of a check in the collector.
	 */
	private static final int NARROW_FILTER_SHARE = 8;

	/**
	 * How many of the best entries by words get the scores of the clauses that ask for
	 * several words together.
	 */
	static final int RESCORED = 50;

	/** One typo, two in long words. */
	static int maxEdits(String word) {
		return word.length() >= 8 ? 2 : 1;
	}

	static final List<String> TYPO_FIELDS = List.of("title", "keywords", "summary", "places");

	static final int TYPO_PREFIX = 2;

	/** The field with all the text of an entry. */
	static final String ALL = "all";

	private static final int SIMPLE_QUERY_FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

	private LuceneRanking() {
	}

	/**
	 * The documents, ids and scores of a page of hits, and a lower bound of their number.
	 */
	record Ranked(int[] docs, List<Long> ids, List<Float> scores, long totalAtLeast) {
	}

	/**
	 * How a text ranks: the word clauses, one flat list, and the clauses that ask for
	 * several words together (every word somewhere, the words as a phrase), which add to
	 * the score of the best entries by words.
	 */
	record Ranking(Query words, @Nullable Query together) {
	}

	/**
	 * The words that no entry has, looked for within one typo (two in long words), the
	 * first two letters as typed, in each field that names an entry: as the terms of the
	 * index they stand for, found once for the ranking and the count of a search.
	 */
	static List<Query> typos(IndexReader reader, List<String> unknown) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		List<Query> typos = new ArrayList<>();
		for (String word : unknown) {
			for (String term : Snippets.terms(KnowledgeAnalysis.ENGLISH, word)) {
				AttributeSource automata = new AttributeSource();
				for (String field : TYPO_FIELDS) {
					typos.add(searcher.rewrite(new SharedFuzzyQuery(new Term(field, term), maxEdits(word), automata)));
				}
			}
		}
		return typos;
	}

	/**
	 * A fuzzy query whose Levenshtein automata, which cost far more to build than to run,
	 * are built once for a word and used in every field: Lucene keeps them in the
	 * attributes that its term enumerations are given, and this query gives all of them
	 * the same. It finds the same terms as a plain fuzzy query (the attributes also carry
	 * the rewrite's hint of which terms can no longer compete, which it then does not
	 * get, so it looks at every term within the edits, as it may).
	 */
	private static final class SharedFuzzyQuery extends FuzzyQuery {

		private final AttributeSource automata;

		SharedFuzzyQuery(Term term, int maxEdits, AttributeSource automata) {
			super(term, maxEdits, TYPO_PREFIX);
			this.automata = automata;
		}

		@Override
		protected TermsEnum getTermsEnum(Terms terms, AttributeSource attributes) throws IOException {
			return super.getTermsEnum(terms, automata);
		}

	}

	/**
	 * How the hits of a text rank.
	 * @param typos the queries for the words of the text that no entry has
	 * ({@link #typos})
	 */
	static Ranking ranking(String text, int wordCount, List<Query> typos, Map<String, Float> synonymsAnywhere,
			RelevanceWeights w) {
		// The text is analysed once by each analyser, whatever the field.
		Map<String, OnceAnalysed> analysed = new HashMap<>();
		Map<Query, Float> words = new LinkedHashMap<>();
		Map<String, Float> exact = new LinkedHashMap<>();
		exact.put("title", w.title());
		exact.put("keywords", w.keywords());
		exact.put("summary", w.summary());
		exact.put("places", w.places());
		exact.put("approaches_text", w.approaches());
		exact.put("service_areas_text", w.serviceAreas());
		// Synonyms count in the fields where a match says most; in the lists of
		// approaches and service areas they would add little for much work.
		Map<String, Float> synonyms = new LinkedHashMap<>(exact);
		synonyms.keySet().retainAll(List.of("title", "keywords", "summary"));
		addWords(analysed, words, KnowledgeAnalysis.ENGLISH, exact, text, w.fields());
		Map<Query, Float> together = new LinkedHashMap<>();
		addWords(analysed, together, KnowledgeAnalysis.ENGLISH_SYNONYMS, synonyms, text, w.synonyms() * w.fields());
		addWords(analysed, words, KnowledgeAnalysis.WELSH, Map.of("title_cy", w.title(), "summary_cy", w.summary()),
				text, w.welsh());
		addWords(analysed, words, KnowledgeAnalysis.ENGLISH, Map.of("all", 1f), text, w.combined());
		synonymsAnywhere.forEach(
				(term, count) -> add(words, new TermQuery(new Term(ALL, term)), count * w.combined() * w.synonyms()));
		typos.forEach(typo -> words.merge(typo, w.typos(), Float::sum));
		addClause(together, everyWord(analysed, KnowledgeAnalysis.ENGLISH, text, w), w.allWords() * w.fields());
		addClause(together, everyWord(analysed, KnowledgeAnalysis.ENGLISH_SYNONYMS, text, w),
				w.allWordsOrSynonyms() * w.fields());
		if (wordCount > 1) {
			for (Map.Entry<String, Float> field : Map.of("title", w.title(), "summary", w.summary()).entrySet()) {
				Query phrase = builder(KnowledgeAnalysis.ENGLISH).createPhraseQuery(field.getKey(), text, 2);
				if (phrase != null) {
					add(together, phrase, field.getValue() * w.phrase());
				}
			}
		}
		return new Ranking(any(words), together.isEmpty() ? null : any(together));
	}

	/**
	 * The synonyms of a text's words anywhere in an entry, as terms of the field that
	 * holds all of it, each with the number of times it counts: a synonym of one word is
	 * its term, and a synonym of several words counts through the rarest of its words.
	 * Asking for all the words of each such synonym together was the dearest part of a
	 * search with a large group of synonyms ("citizens jury police" took 9.4 ms of
	 * processor time at 100,000 entries, 5.6 ms without), and on the judged queries the
	 * rarest word ranks as well (nDCG@10 0.813 against 0.810, Recall@50 0.890 against
	 * 0.879).
	 * @param entriesWith how many entries have a term of the field "all"
	 */
	static Map<String, Float> synonymsAnywhere(String text, ToLongFunction<String> entriesWith) {
		Map<String, Float> terms = new LinkedHashMap<>();
		synonymQueries(text).forEach((query, count) -> {
			if (query instanceof TermQuery single) {
				terms.merge(single.getTerm().text(), count, Float::sum);
			}
			else if (query instanceof SynonymQuery sameWord) {
				// Spellings of one word (neighbourhood, neighborhood, cymdogaeth), each
				// counted as itself.
				sameWord.getTerms().forEach(term -> terms.merge(term.text(), count, Float::sum));
			}
			else {
				terms.merge(rarest(((BooleanQuery) query).clauses(), entriesWith), count, Float::sum);
			}
		});
		return terms;
	}

	/**
	 * The words of the synonyms of several words of a text, whose numbers of entries
	 * {@link #synonymsAnywhere} asks for.
	 */
	static Set<String> wordsOfLongSynonyms(String text) {
		Set<String> words = new LinkedHashSet<>();
		synonymQueries(text).keySet()
			.stream()
			.filter(BooleanQuery.class::isInstance)
			.forEach(query -> ((BooleanQuery) query).clauses()
				.forEach(clause -> words.add(((TermQuery) clause.getQuery()).getTerm().text())));
		return words;
	}

	/**
	 * The synonyms of a text's words in the field "all" (the words themselves among
	 * them), each a term, the spellings of one word, or all the terms of a synonym of
	 * several words, with the number of times each comes.
	 */
	private static Map<Query, Float> synonymQueries(String text) {
		Map<Query, Float> flat = new LinkedHashMap<>();
		Query query = builder(KnowledgeAnalysis.ENGLISH_SYNONYMS).createBooleanQuery(ALL, text);
		if (query != null) {
			add(flat, query, 1f);
		}
		flat.keySet().forEach(each -> {
			boolean allTerms = each instanceof BooleanQuery bool && bool.clauses()
				.stream()
				.allMatch(clause -> clause.getOccur() == BooleanClause.Occur.MUST
						&& clause.getQuery() instanceof TermQuery);
			if (!(each instanceof TermQuery) && !(each instanceof SynonymQuery) && !allTerms) {
				throw new IllegalStateException("Unexpected synonym query: " + each);
			}
		});
		return flat;
	}

	/** The term of the fewest entries, the first of them on a tie. */
	private static String rarest(List<BooleanClause> clauses, ToLongFunction<String> entriesWith) {
		String rarest = null;
		long fewest = Long.MAX_VALUE;
		for (BooleanClause clause : clauses) {
			String term = ((TermQuery) clause.getQuery()).getTerm().text();
			long entries = entriesWith.applyAsLong(term);
			if (entries < fewest) {
				fewest = entries;
				rarest = term;
			}
		}
		return java.util.Objects.requireNonNull(rarest);
	}

	private static Query any(Map<Query, Float> clauses) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		clauses.forEach((query, boost) -> any.add(boost == 1f ? query : new BoostQuery(query, boost),
				BooleanClause.Occur.SHOULD));
		return any.build();
	}

	private static void addClause(Map<Query, Float> words, @Nullable Query query, float boost) {
		if (query != null) {
			add(words, query, boost);
		}
	}

	/**
	 * Entries with every word of the text somewhere, the body included, scored by the
	 * short fields only; the text may use the simple query syntax (quotes, AND, OR, -).
	 */
	private static @Nullable Query everyWord(Map<String, OnceAnalysed> analysed, String analyzer, String text,
			RelevanceWeights w) {
		Map<String, Float> fields = new LinkedHashMap<>();
		fields.put("title", w.title());
		fields.put("keywords", w.keywords());
		fields.put("summary", w.summary());
		fields.put("places", w.places());
		fields.put("all", 0f);
		fields.put("approaches_text", w.approaches());
		fields.put("service_areas_text", w.serviceAreas());
		OnceAnalysed once = analysed.computeIfAbsent(analyzer, each -> new OnceAnalysed());
		SimpleQueryParser parser = new SimpleQueryParser(KnowledgeAnalysis.analyzer(analyzer), fields,
				SIMPLE_QUERY_FLAGS) {
			@Override
			public Query createBooleanQuery(String field, String queryText, BooleanClause.Occur operator) {
				return once.query(field, operator + ":" + queryText,
						each -> super.createBooleanQuery(each, queryText, operator));
			}
		};
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		Query query = parser.parse(text);
		return query == null || (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) ? null : query;
	}

	private static void addWords(Map<String, OnceAnalysed> analysed, Map<Query, Float> words, String analyzer,
			Map<String, Float> fields, String text, float boost) {
		QueryBuilder builder = builder(analyzer);
		OnceAnalysed once = analysed.computeIfAbsent(analyzer, each -> new OnceAnalysed());
		fields.forEach((field, weight) -> {
			Query query = once.query(field, BooleanClause.Occur.SHOULD + ":" + text,
					each -> builder.createBooleanQuery(each, text));
			if (query != null) {
				add(words, query, weight * boost);
			}
		});
	}

	private static QueryBuilder builder(String analyzer) {
		return new QueryBuilder(KnowledgeAnalysis.analyzer(analyzer));
	}

	/**
	 * Adds a query to the flat list: a query that only adds up its clauses' scores gives
	 * its clauses instead, and a clause already there gets the weights together.
	 */
	private static void add(Map<Query, Float> words, Query query, float boost) {
		if (query instanceof BoostQuery boosted) {
			add(words, boosted.getQuery(), boost * boosted.getBoost());
		}
		else if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
				&& bool.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD)) {
			bool.clauses().forEach(clause -> add(words, clause.getQuery(), boost));
		}
		else {
			words.merge(query, boost, Float::sum);
		}
	}

	/**
	 * The page of hits of a query that pass the filters, best first.
	 * @param filters what every hit must pass (published, chosen facet values)
	 */
	static Ranked rank(IndexReader reader, Ranking ranking, List<Query> filters, FilterBits filterBits, int offset,
			int size) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		List<FixedBitSet> passing = new ArrayList<>();
		long passed = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			FixedBitSet bits = filterBits.passing(searcher, leaf, filters);
			passing.add(bits);
			passed += bits.cardinality();
		}
		int wanted = Math.max(RESCORED, offset + size);
		TopDocs top;
		if (passed * NARROW_FILTER_SHARE < reader.maxDoc()) {
			BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(ranking.words(), BooleanClause.Occur.MUST);
			filters.forEach(filter -> filtered.add(filter, BooleanClause.Occur.FILTER));
			top = searcher.search(filtered.build(), new TopScoreDocCollectorManager(wanted, null, wanted, false));
		}
		else {
			top = searcher.search(ranking.words(),
					new Passing(new TopScoreDocCollectorManager(wanted, null, wanted, false),
							passed == reader.maxDoc() ? null : passing));
		}
		ScoreDoc[] best = top.scoreDocs;
		if (ranking.together() != null) {
			addTogether(searcher, ranking.together(), best, Math.min(best.length, RESCORED));
		}
		List<Long> ids = new ArrayList<>();
		List<Float> scores = new ArrayList<>();
		List<LeafReaderContext> leaves = reader.leaves();
		int[] docs = new int[Math.max(0, Math.min(best.length, offset + size) - offset)];
		for (int i = offset; i < Math.min(best.length, offset + size); i++) {
			ScoreDoc hit = best[i];
			docs[i - offset] = hit.doc;
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID_FIELD);
			if (!values.advanceExact(hit.doc - leaf.docBase)) {
				throw new IllegalStateException("No id for document " + hit.doc + " in the knowledge index");
			}
			ids.add(Long.parseLong(values.binaryValue().utf8ToString()));
			scores.add(hit.score);
		}
		return new Ranked(docs, ids, scores, top.totalHits.value);
	}

	/**
	 * Adds the scores of the clauses that ask for several words together to the first
	 * entries of the ranking, and orders those again; the entries below keep the order of
	 * their word scores, so that every page of one search agrees with the others.
	 */
	private static void addTogether(IndexSearcher searcher, Query together, ScoreDoc[] ranked, int window)
			throws IOException {
		Integer[] byDoc = new Integer[window];
		for (int i = 0; i < window; i++) {
			byDoc[i] = i;
		}
		Arrays.sort(byDoc, Comparator.comparingInt(i -> ranked[i].doc));
		Weight weight = searcher.createWeight(searcher.rewrite(together), ScoreMode.COMPLETE, 1f);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int next = 0;
		for (LeafReaderContext leaf : leaves) {
			int end = leaf.docBase + leaf.reader().maxDoc();
			if (next >= window || ranked[byDoc[next]].doc >= end) {
				continue;
			}
			Scorer scorer = weight.scorer(leaf);
			DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
			for (; next < window && ranked[byDoc[next]].doc < end; next++) {
				ScoreDoc hit = ranked[byDoc[next]];
				int doc = hit.doc - leaf.docBase;
				if (matches != null && matches.docID() < doc) {
					matches.advance(doc);
				}
				if (matches != null && matches.docID() == doc) {
					hit.score += scorer.score();
				}
			}
		}
		Arrays.sort(ranked, 0, window, Comparator.comparingDouble((ScoreDoc hit) -> -hit.score));
	}

	/**
	 * Collects only the documents that pass the filters (all, when the sets are null).
	 * For one search: it keeps the collectors it makes.
	 */
	private static final class Passing implements CollectorManager<Collector, TopDocs> {

		private final TopScoreDocCollectorManager manager;

		private final @Nullable List<FixedBitSet> passing;

		private final List<TopScoreDocCollector> made = new ArrayList<>();

		Passing(TopScoreDocCollectorManager manager, @Nullable List<FixedBitSet> passing) {
			this.manager = manager;
			this.passing = passing;
		}

		@Override
		public synchronized Collector newCollector() throws IOException {
			TopScoreDocCollector top = manager.newCollector();
			made.add(top);
			List<FixedBitSet> sets = passing;
			if (sets == null) {
				return top;
			}
			return new FilterCollector(top) {
				@Override
				public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
					FixedBitSet bits = sets.get(context.ord);
					return new FilterLeafCollector(super.getLeafCollector(context)) {
						@Override
						public void collect(int doc) throws IOException {
							if (bits.get(doc)) {
								in.collect(doc);
							}
						}
					};
				}
			};
		}

		@Override
		public synchronized TopDocs reduce(Collection<Collector> collectors) throws IOException {
			return manager.reduce(made);
		}

	}

}
