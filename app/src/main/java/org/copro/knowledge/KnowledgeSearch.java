package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.hibernate.Session;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds published entries: every short field weighted by how much a match in it says
 * about an entry, exact words first, then the field's synonyms and Welsh; phrases and
 * all-words matches rank higher. The body counts once, through the field that holds all
 * the text of an entry: scoring it again on its own let long bodies that mention the
 * words in passing outrank entries about them (nDCG@10 on the judged queries 0.780 with
 * it, 0.807 without), and its long postings were the dearest part of each search. A word
 * that no entry contains is looked for within one or two typos, and the closest known
 * word is suggested in its place.
 *
 * <p>
 * Two queries answer a search: one ranks and returns the page (it may stop counting once
 * it knows the page, so that it skips entries that cannot reach it), and one counts every
 * hit by facet without scoring. On the embedded index both run on Lucene directly
 * ({@link LuceneRanking}, {@link LuceneFacetCounts}), fresh searches take turns, and
 * results are kept while the index stays the same, since the same searches come back
 * often (a page, its next page, a facet); on a cluster they are the predicate below and
 * its aggregations. Snippets are cut from the found entries ({@link Snippets}).
 */
@Service
class KnowledgeSearch {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Set<SimpleQueryFlag> QUERY_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

	/**
	 * Hits counted exactly by the ranking query before it may skip the entries that
	 * cannot reach the page.
	 */
	private static final int RANKING_COUNT_LIMIT = 100;

	private static final int CACHED_SEARCHES = 500;

	/** Values shown for each facet, most frequent first. */
	private static final Map<String, Integer> FACET_SIZES = Map.of("type", 10, "approach", 12, "service_area", 12,
			"place", 12, "period", 12, "language", 12);

	/**
	 * Shared: its settings are read-only once set, and each suggestion keeps its own
	 * state.
	 */
	private static final DirectSpellChecker SPELL_CHECKER = new DirectSpellChecker();

	static {
		SPELL_CHECKER.setMinQueryLength(3);
	}

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate readOnly;

	private final boolean embedded;

	/** Sets of filters and of common words: 4 MB and 32 MB at most. */
	private final FilterBits filterBits = new FilterBits(4L << 20);

	private final FilterBits wordBits = new FilterBits(32L << 20);

	private final LuceneFacetCounts facetCounts = new LuceneFacetCounts(SearchRequest.FACETS, filterBits, wordBits);

	private volatile RelevanceWeights weights = RelevanceWeights.DEFAULT;

	private final Map<Key, Found> cache = new LinkedHashMap<>(CACHED_SEARCHES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
			return size() > CACHED_SEARCHES;
		}
	};

	private List<Object> cachedGeneration = List.of();

	private volatile boolean caching = true;

	/**
	 * Searches of the embedded index take turns, as many at once as the machine has
	 * processors, first come first served. Searching is nearly all processor work: with
	 * more searches at once than processors, each would share them and all would finish
	 * late; in turns, most finish about as soon as one search takes.
	 */
	private final Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

	private volatile boolean directLucene = true;

	KnowledgeSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchSettings settings,
			PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.entityManagerFactory = entityManagerFactory;
		this.embedded = settings.chosenBackend() == SearchSettings.Backend.LUCENE;
	}

	/** For the benchmark, which compares weights on one index. */
	void useWeights(RelevanceWeights weights) {
		this.weights = weights;
	}

	/** For the benchmark, which times searches with and without the kept results. */
	void useCache(boolean caching) {
		this.caching = caching;
	}

	/**
	 * For tests and the benchmark: ranks with the backend's query and counts by facet
	 * with its aggregations, as on a cluster, instead of on Lucene directly.
	 */
	void useDirectLucene(boolean direct) {
		this.directLucene = direct;
	}

	private record Key(SearchRequest request, boolean withFacetsAndSnippets, RelevanceWeights weights) {
	}

	/**
	 * What a search found, as the index keeps it, so that it can be kept for the same
	 * search again.
	 */
	private record Found(long total, List<SearchResults.Hit> hits, Map<String, List<SearchResults.FacetValue>> facets,
			@Nullable String suggestion) {
	}

	SearchResults search(SearchRequest request) {
		return search(request, true);
	}

	/**
	 * A search on the embedded index, ranked by relevance on Lucene directly, reads only
	 * the index, and takes no database connection; the others run in a read-only
	 * transaction.
	 */
	SearchResults search(SearchRequest request, boolean withFacetsAndSnippets) {
		Key key = new Key(request, withFacetsAndSnippets, weights);
		if (!embedded) {
			return results(request, inTransaction(() -> find(request, withFacetsAndSnippets, null)));
		}
		var scope = Search.mapping(entityManagerFactory).scope(KnowledgeEntry.class).extension(LuceneExtension.get());
		try (IndexReader reader = scope.openIndexReader()) {
			List<Object> generation = generation(reader);
			Found kept = caching ? cached(key, generation) : null;
			if (kept != null) {
				return results(request, kept);
			}
			Found found;
			turns.acquireUninterruptibly();
			try {
				found = onIndexAlone(request) ? find(request, withFacetsAndSnippets, reader)
						: inTransaction(() -> find(request, withFacetsAndSnippets, reader));
			}
			finally {
				turns.release();
			}
			if (caching) {
				keep(key, generation, found);
			}
			return results(request, found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean onIndexAlone(SearchRequest request) {
		return directLucene && !request.query().isEmpty() && request.order() == SearchRequest.Order.RELEVANCE;
	}

	private <T> T inTransaction(Supplier<T> work) {
		return Objects.requireNonNull(readOnly.execute(status -> work.get()));
	}

	/**
	 * The whole entries of a page of results, in its order, for an export: one statement,
	 * since Hibernate binds the ids as one array.
	 */
	@Transactional(readOnly = true)
	List<KnowledgeEntry> entries(SearchResults results) {
		List<Long> ids = results.hits().stream().map(hit -> hit.entry().id()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<KnowledgeEntry> entries = new ArrayList<>();
		for (KnowledgeEntry entry : entityManager.unwrap(Session.class).findMultiple(KnowledgeEntry.class, ids)) {
			if (entry != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	private static SearchResults results(SearchRequest request, Found found) {
		return new SearchResults(request, found.total(), found.hits(), found.facets(), found.suggestion());
	}

	/**
	 * The hits of a page, with their snippets. An entry that the index found without the
	 * fields it keeps for results (indexed before it kept them) is read from the
	 * database, and one that is gone from it is left out.
	 */
	List<SearchResults.Hit> hits(SearchRequest request, List<Long> ids, List<ListedEntry.@Nullable WithBody> stored,
			List<Float> scores, @Nullable String suggestion, boolean withSnippets) {
		List<Long> missing = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (stored.get(i) == null) {
				missing.add(ids.get(i));
			}
		}
		Map<Long, KnowledgeEntry> loaded = new LinkedHashMap<>();
		if (!missing.isEmpty()) {
			// One statement: Hibernate binds the ids as one array.
			inTransaction(() -> entityManager.unwrap(Session.class).findMultiple(KnowledgeEntry.class, missing))
				.forEach(entry -> {
					if (entry != null) {
						loaded.put(entry.id(), entry);
					}
				});
		}
		Snippets snippets = withSnippets ? Snippets
			.forQuery(suggestion == null ? List.of(request.query()) : List.of(request.query(), suggestion)) : null;
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			ListedEntry.@Nullable WithBody found = stored.get(i);
			if (found == null) {
				KnowledgeEntry entry = loaded.get(ids.get(i));
				found = entry == null ? null : new ListedEntry.WithBody(ListedEntry.of(entry), entry.body());
			}
			if (found != null) {
				String snippet = snippets == null ? null : snippets.of(found.entry().summary(), found.body());
				hits.add(new SearchResults.Hit(found.entry(), scores.get(i), snippet));
			}
		}
		return hits;
	}

	/** The segments the reader sees: any change to the index gives another list. */
	private static List<Object> generation(IndexReader reader) {
		List<Object> keys = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			var helper = leaf.reader().getReaderCacheHelper();
			keys.add(helper == null ? leaf.reader() : helper.getKey());
		}
		return keys;
	}

	private synchronized @Nullable Found cached(Key key, List<Object> generation) {
		if (!sameGeneration(generation)) {
			return null;
		}
		return cache.get(key);
	}

	private synchronized void keep(Key key, List<Object> generation, Found found) {
		if (!sameGeneration(generation)) {
			cache.clear();
			cachedGeneration = generation;
		}
		cache.put(key, found);
	}

	private boolean sameGeneration(List<Object> generation) {
		if (generation.size() != cachedGeneration.size()) {
			return false;
		}
		for (int i = 0; i < generation.size(); i++) {
			if (generation.get(i) != cachedGeneration.get(i)) {
				return false;
			}
		}
		return true;
	}

	private Found find(SearchRequest request, boolean withFacetsAndSnippets, @Nullable IndexReader reader) {
		Words words = words(request.query(), reader == null
				? new ClusterVocabulary(Search.session(entityManager), request.query()) : new IndexVocabulary(reader));
		boolean hasQuery = !request.query().isEmpty();
		List<Long> ids = new ArrayList<>();
		List<ListedEntry.@Nullable WithBody> stored = new ArrayList<>();
		List<Float> scores = new ArrayList<>();
		long total;
		List<Query> typos = List.of();
		if (reader != null && directLucene && !words.unknown().isEmpty()) {
			try {
				typos = LuceneRanking.typos(reader, words.unknown());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (reader != null && onIndexAlone(request)) {
			try {
				LuceneRanking.Ranked ranked = LuceneRanking.rank(reader,
						LuceneRanking.ranking(words.text(), words.count(), typos, words.synonyms(), weights),
						luceneFilters(request), filterBits, request.offset(), request.size());
				ids.addAll(ranked.ids());
				stored.addAll(StoredEntries.read(reader, ranked.docs(), ranked.ids()));
				scores.addAll(ranked.scores());
				total = ranked.totalAtLeast();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else {
			var query = Search.session(entityManager)
				.search(KnowledgeEntry.class)
				.select(f -> f.composite()
					.from(f.id(Long.class), f.score(), f.field("externalId", String.class),
							f.field("type", String.class), f.field("title", String.class),
							f.field("summary", String.class), f.field(ListedEntry.PERIOD, String.class),
							f.field(ListedEntry.PLACES, String.class).list(), f.field("language", String.class),
							f.field(ListedEntry.BODY, String.class))
					.asList())
				.where(f -> where(f, request, words, true))
				.sort(f -> switch (request.order()) {
					case NEWEST -> f.field("startYear").desc().missing().last().then().score();
					case OLDEST -> f.field("startYear").asc().missing().last().then().score();
					case RELEVANCE -> hasQuery ? f.score() : f.field("updatedAt").desc();
				});
			SearchResult<List<?>> result = query.totalHitCountThreshold(RANKING_COUNT_LIMIT)
				.fetch(request.offset(), request.size());
			for (List<?> row : result.hits()) {
				Long id = (Long) row.get(0);
				ids.add(id);
				scores.add(row.get(1) instanceof Float value ? value : 0f);
				stored.add(
						row.get(4) instanceof String title
								? ListedEntry.stored(id, (String) row.get(2), (String) row.get(3), title,
										text(row.get(5)), text(row.get(6)), strings(row.get(7)),
										row.get(8) instanceof String language ? language : "en", text(row.get(9)))
								: null);
			}
			total = result.total().hitCountLowerBound();
		}
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		if (withFacetsAndSnippets) {
			total = reader != null && directLucene ? count(reader, request, words, typos, facets)
					: count(Search.session(entityManager), request, words, facets);
		}
		return new Found(total, hits(request, ids, stored, scores, words.suggestion(), withFacetsAndSnippets), facets,
				words.suggestion());
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : (String) value;
	}

	private static List<String> strings(@Nullable Object values) {
		List<String> strings = new ArrayList<>();
		if (values instanceof List<?> list) {
			list.forEach(value -> strings.add((String) value));
		}
		return strings;
	}

	/** What every hit must pass, as Lucene queries: published, and the chosen values. */
	private static List<Query> luceneFilters(SearchRequest request) {
		List<Query> filters = new ArrayList<>();
		filters.add(new TermQuery(new Term("status", EntryStatus.PUBLISHED.name())));
		request.filters().forEach((facet, values) -> {
			if (SearchRequest.FACETS.contains(facet) && !values.isEmpty()) {
				filters.add(new TermInSetQuery(facet, values.stream().map(BytesRef::new).toList()));
			}
		});
		return filters;
	}

	/**
	 * Counts every hit, and the hits by each facet's values, with the backend's
	 * aggregations.
	 */
	private long count(SearchSession session, SearchRequest request, Words words,
			Map<String, List<SearchResults.FacetValue>> facets) {
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		SearchRequest.FACETS.forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
		var counting = session.search(KnowledgeEntry.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool().filter(where(f, request, words, false)));
		keys.forEach((facet, key) -> counting.aggregation(key,
				f -> f.terms().field(facet, String.class).maxTermCount(FACET_SIZES.get(facet))));
		SearchResult<Long> counted = counting.fetch(0);
		keys.forEach((facet, key) -> facets.put(facet, facetValues(request, facet, counted.aggregation(key))));
		return counted.total().hitCount();
	}

	/**
	 * The same count on the embedded index, from the Lucene queries that
	 * {@link #matching} stands for.
	 */
	private long count(IndexReader reader, SearchRequest request, Words words, List<Query> typos,
			Map<String, List<SearchResults.FacetValue>> facets) {
		try {
			LuceneFacetCounts.Counted counted = facetCounts.count(reader, luceneFilters(request),
					words.text().isEmpty() ? List.of() : alternatives(words, typos), FACET_SIZES);
			counted.facets().forEach((facet, values) -> {
				Map<String, Long> byValue = new LinkedHashMap<>();
				values.forEach(value -> byValue.put(value.getKey(), value.getValue()));
				facets.put(facet, facetValues(request, facet, byValue));
			});
			return counted.total();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A facet's values with their counts, and the chosen values even when no hit has
	 * them.
	 */
	private static List<SearchResults.FacetValue> facetValues(SearchRequest request, String facet,
			Map<String, Long> counts) {
		List<String> chosen = request.filters().getOrDefault(facet, List.of());
		List<SearchResults.FacetValue> values = new ArrayList<>();
		counts
			.forEach((value, count) -> values.add(new SearchResults.FacetValue(value, count, chosen.contains(value))));
		chosen.stream()
			.filter(value -> values.stream().noneMatch(each -> each.value().equals(value)))
			.forEach(value -> values.add(new SearchResults.FacetValue(value, 0, true)));
		return values;
	}

	/**
	 * {@link #matching(SearchPredicateFactory, Words)} as Lucene queries, any of which
	 * makes a hit: a match of several words is any of their terms, and a multi-word
	 * synonym any of its words, as the predicate's default OR operator makes them.
	 */
	private static List<Query> alternatives(Words words, List<Query> typos) {
		List<Query> any = new ArrayList<>();
		Set<String> all = new LinkedHashSet<>(Snippets.terms(KnowledgeAnalysis.ENGLISH, words.text()));
		all.addAll(Snippets.terms(KnowledgeAnalysis.ENGLISH_SYNONYMS, words.text()));
		all.forEach(term -> any.add(new TermQuery(new Term("all", term))));
		for (String term : Snippets.terms(KnowledgeAnalysis.WELSH, words.text())) {
			any.add(new TermQuery(new Term("title_cy", term)));
			any.add(new TermQuery(new Term("summary_cy", term)));
		}
		any.addAll(typos);
		return any;
	}

	private PredicateFinalStep where(SearchPredicateFactory f, SearchRequest request, Words words, boolean ranking) {
		BooleanPredicateClausesStep<?, ?> root = f.bool();
		root.filter(f.match().field("status").matching(EntryStatus.PUBLISHED));
		request.filters().forEach((facet, values) -> {
			if (SearchRequest.FACETS.contains(facet) && !values.isEmpty()) {
				root.filter(f.terms().field(facet).matchingAny(values));
			}
		});
		if (words.text().isEmpty()) {
			root.must(f.matchAll());
		}
		else if (ranking) {
			root.must(relevance(f, words));
		}
		else {
			root.must(matching(f, words));
		}
		return root;
	}

	/**
	 * Which entries are hits: those with any word of the query, one of its synonyms, its
	 * Welsh form, or a close spelling of a word that no entry has. Every clause of
	 * {@link #relevance} matches within these.
	 */
	private PredicateFinalStep matching(SearchPredicateFactory f, Words words) {
		String text = words.text();
		var any = f.bool()
			.should(f.match().field("all").matching(text))
			.should(f.match().field("all").matching(text).analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS))
			.should(f.match().field("title_cy").field("summary_cy").matching(text));
		typos(f, words, 1f).forEach(any::should);
		return any.minimumShouldMatchNumber(1);
	}

	private PredicateFinalStep relevance(SearchPredicateFactory f, Words words) {
		RelevanceWeights w = weights;
		String text = words.text();
		var exact = f.match()
			.field("title")
			.boost(w.title())
			.field("keywords")
			.boost(w.keywords())
			.field("summary")
			.boost(w.summary())
			.field("places")
			.boost(w.places())
			.field("approaches_text")
			.boost(w.approaches())
			.field("service_areas_text")
			.boost(w.serviceAreas())
			.matching(text)
			.boost(w.fields());
		var synonyms = f.match()
			.field("title")
			.boost(w.title())
			.field("keywords")
			.boost(w.keywords())
			.field("summary")
			.boost(w.summary())
			.matching(text)
			.analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS)
			.boost(w.synonyms() * w.fields());
		var welsh = f.match()
			.field("title_cy")
			.boost(w.title())
			.field("summary_cy")
			.boost(w.summary())
			.matching(text)
			.boost(w.welsh());
		var combined = f.match().field("all").matching(text).boost(w.combined());
		// The synonyms anywhere as LuceneRanking.synonymsAnywhere counts them.
		var combinedSynonyms = f.bool();
		words.synonyms()
			.forEach((term,
					count) -> combinedSynonyms.should(f.match()
						.field(LuceneRanking.ALL)
						.matching(term)
						.skipAnalysis()
						.boost(count * w.combined() * w.synonyms())));
		// Every word of the query (or, in the second, one of its synonyms) somewhere
		// in the entry, the body included; the short fields score it.
		var allWords = everyWord(f, text, w).boost(w.allWords() * w.fields());
		var allWordsOrSynonyms = everyWord(f, text, w).analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS)
			.boost(w.allWordsOrSynonyms() * w.fields());
		var any = f.bool()
			.should(exact)
			.should(synonyms)
			.should(combined)
			.should(combinedSynonyms)
			.should(welsh)
			.should(allWords)
			.should(allWordsOrSynonyms);
		if (words.count() > 1) {
			any.should(f.phrase()
				.field("title")
				.boost(w.title())
				.field("summary")
				.boost(w.summary())
				.matching(text)
				.slop(2)
				.boost(w.phrase()));
		}
		typos(f, words, w.typos()).forEach(any::should);
		return any.minimumShouldMatchNumber(1);
	}

	/**
	 * Entries with every word of the query somewhere, scored by the short fields only.
	 */
	private static SimpleQueryStringPredicateOptionsStep<?> everyWord(SearchPredicateFactory f, String text,
			RelevanceWeights w) {
		return f.simpleQueryString()
			.field("title")
			.boost(w.title())
			.field("keywords")
			.boost(w.keywords())
			.field("summary")
			.boost(w.summary())
			.field("places")
			.boost(w.places())
			.field("all")
			.boost(0f)
			.field("approaches_text")
			.boost(w.approaches())
			.field("service_areas_text")
			.boost(w.serviceAreas())
			.matching(text)
			.defaultOperator(BooleanOperator.AND)
			.flags(QUERY_SYNTAX);
	}

	/**
	 * Words no entry has, looked for within one typo (two in long words), the first two
	 * letters as typed.
	 */
	private static List<PredicateFinalStep> typos(SearchPredicateFactory f, Words words, float boost) {
		List<PredicateFinalStep> clauses = new ArrayList<>();
		for (String word : words.unknown()) {
			clauses.add(f.match()
				.fields(LuceneRanking.TYPO_FIELDS.toArray(String[]::new))
				.matching(word)
				.fuzzy(LuceneRanking.maxEdits(word), LuceneRanking.TYPO_PREFIX)
				.boost(boost));
		}
		return clauses;
	}

	/**
	 * The query, its number of words, the words (of three letters or more) that no entry
	 * has, and the query with each of these replaced by the closest word that some entry
	 * has (or null when there is none).
	 */
	private record Words(String text, int count, List<String> unknown, @Nullable String suggestion,
			Map<String, Float> synonyms) {
	}

	/**
	 * The words that entries have, for telling known words from typos and suggesting the
	 * closest.
	 */
	interface Vocabulary {

		boolean has(String word);

		@Nullable String closest(String word);

		/** How many entries have a term of the field that holds all their text. */
		long entriesWith(String term);

	}

	/**
	 * On the embedded index: term frequencies and Lucene's spell checker, read from the
	 * index directly.
	 */
	private record IndexVocabulary(IndexReader reader) implements Vocabulary {

		@Override
		public boolean has(String word) {
			try {
				return reader.docFreq(new Term("spelling", word)) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public long entriesWith(String term) {
			try {
				return reader.docFreq(new Term(LuceneRanking.ALL, term));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public @Nullable String closest(String word) {
			try {
				SuggestWord[] similar = SPELL_CHECKER.suggestSimilar(new Term("spelling", word), 1, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				return similar.length > 0 ? similar[0].string : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static Words words(String text, Vocabulary vocabulary) {
		List<String> unknown = new ArrayList<>();
		StringBuilder suggestion = new StringBuilder();
		boolean changed = false;
		int count = 0;
		Matcher matcher = WORD.matcher(text);
		int last = 0;
		while (matcher.find()) {
			count++;
			suggestion.append(text, last, matcher.start());
			String word = matcher.group();
			String normal = fold(word);
			String replacement = word;
			if (normal.length() >= 3 && !vocabulary.has(normal)) {
				unknown.add(normal);
				String closest = vocabulary.closest(normal);
				if (closest != null) {
					replacement = closest;
					changed = true;
				}
			}
			suggestion.append(replacement);
			last = matcher.end();
		}
		suggestion.append(text.substring(last));
		return new Words(text, count, unknown, changed ? suggestion.toString() : null,
				text.isBlank() ? Map.of() : LuceneRanking.synonymsAnywhere(text, vocabulary::entriesWith));
	}

	private static String fold(String word) {
		return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
