package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds published entries: every field weighted by how much a match in it says about an entry, exact words
 * first, then the field's synonyms, Welsh, and words within one typo; phrases and all-words matches rank higher.
 */
@Service
class KnowledgeSearch {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Set<SimpleQueryFlag> QUERY_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private volatile RelevanceWeights weights = RelevanceWeights.DEFAULT;

	KnowledgeSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** For the benchmark, which compares weights on one index. */
	void useWeights(RelevanceWeights weights) {
		this.weights = weights;
	}

	@Transactional(readOnly = true)
	SearchResults search(SearchRequest request) {
		return search(request, true);
	}

	@Transactional(readOnly = true)
	SearchResults search(SearchRequest request, boolean withFacetsAndSnippets) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		SearchRequest.FACETS.forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
		boolean hasQuery = !request.query().isEmpty();
		var query = session.search(KnowledgeEntry.class)
				.select(f -> withFacetsAndSnippets
						? f.composite().from(f.entity(), f.score(), f.highlight("summary"), f.highlight("body")).asList()
						: f.composite().from(f.entity(), f.score()).asList())
				.where(f -> where(f, request));
		var step = query.highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1).noMatchSize(0));
		var sorted = step.sort(f -> switch (request.order()) {
			case NEWEST -> f.field("startYear").desc().missing().last().then().score();
			case OLDEST -> f.field("startYear").asc().missing().last().then().score();
			case RELEVANCE -> hasQuery ? f.score() : f.field("updatedAt").desc();
		});
		if (withFacetsAndSnippets) {
			keys.forEach((facet, key) -> sorted.aggregation(key,
					f -> f.terms().field(facet, String.class).maxTermCount(facet.equals("type") ? 10 : 12)));
		}
		SearchResult<List<?>> result = sorted.fetch(request.offset(), request.size());
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			KnowledgeEntry entry = (KnowledgeEntry) row.get(0);
			float score = row.get(1) instanceof Float value ? value : 0f;
			String snippet = withFacetsAndSnippets ? firstOf(row.get(2), row.get(3)) : null;
			hits.add(new SearchResults.Hit(entry, score, snippet));
		}
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		if (withFacetsAndSnippets) {
			keys.forEach((facet, key) -> {
				List<String> chosen = request.filters().getOrDefault(facet, List.of());
				List<SearchResults.FacetValue> values = new ArrayList<>();
				result.aggregation(key).forEach((value, count) -> values
						.add(new SearchResults.FacetValue(value, count, chosen.contains(value))));
				chosen.stream().filter(value -> values.stream().noneMatch(each -> each.value().equals(value)))
						.forEach(value -> values.add(new SearchResults.FacetValue(value, 0, true)));
				facets.put(facet, values);
			});
		}
		String suggestion = withFacetsAndSnippets && hasQuery ? suggest(request.query()) : null;
		return new SearchResults(request, result.total().hitCountLowerBound(), hits, facets, suggestion);
	}

	private PredicateFinalStep where(SearchPredicateFactory f, SearchRequest request) {
		BooleanPredicateClausesStep<?, ?> root = f.bool();
		root.filter(f.match().field("status").matching(EntryStatus.PUBLISHED));
		request.filters().forEach((facet, values) -> {
			if (SearchRequest.FACETS.contains(facet) && !values.isEmpty()) {
				root.filter(f.terms().field(facet).matchingAny(values));
			}
		});
		if (!request.query().isEmpty()) {
			root.must(relevance(f, request.query()));
		}
		else {
			root.must(f.matchAll());
		}
		return root;
	}

	private PredicateFinalStep relevance(SearchPredicateFactory f, String text) {
		RelevanceWeights w = weights;
		var exact = f.match().field("title").boost(w.title()).field("keywords").boost(w.keywords())
				.field("summary").boost(w.summary()).field("body").boost(w.body()).field("places").boost(w.places())
				.field("approaches_text").boost(w.approaches()).field("service_areas_text").boost(w.serviceAreas())
				.matching(text).boost(w.fields());
		var synonyms = f.match().field("title").boost(w.title()).field("keywords").boost(w.keywords())
				.field("summary").boost(w.summary()).field("body").boost(w.body())
				.field("approaches_text").boost(w.approaches()).field("service_areas_text").boost(w.serviceAreas())
				.matching(text).analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS).boost(w.synonyms() * w.fields());
		var welsh = f.match().field("title_cy").boost(w.title()).field("summary_cy").boost(w.summary())
				.matching(text).boost(w.welsh());
		var typos = f.match().field("title").boost(w.title()).field("keywords").boost(w.keywords())
				.field("summary").boost(w.summary()).field("places").boost(w.places())
				.matching(text).fuzzy(1, 1).boost(w.typos());
		var allWords = f.simpleQueryString().field("title").boost(w.title()).field("keywords").boost(w.keywords())
				.field("summary").boost(w.summary()).field("body").boost(w.body()).field("places").boost(w.places())
				.field("approaches_text").boost(w.approaches()).field("service_areas_text").boost(w.serviceAreas())
				.matching(text).defaultOperator(BooleanOperator.AND).flags(QUERY_SYNTAX).boost(w.allWords() * w.fields());
		// Every word of the query, or one of its synonyms, somewhere in the entry.
		var allWordsOrSynonyms = f.simpleQueryString().field("title").boost(w.title()).field("keywords")
				.boost(w.keywords()).field("summary").boost(w.summary()).field("body").boost(w.body())
				.field("places").boost(w.places()).field("approaches_text").boost(w.approaches()).field("service_areas_text").boost(w.serviceAreas())
				.matching(text).defaultOperator(BooleanOperator.AND).flags(QUERY_SYNTAX)
				.analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS).boost(w.allWordsOrSynonyms() * w.fields());
		var phrase = f.phrase().field("title").boost(w.title()).field("summary").boost(w.summary())
				.field("body").boost(w.body()).matching(text).slop(2).boost(w.phrase());
		var combined = f.match().field("all").matching(text).boost(w.combined());
		var combinedSynonyms = f.match().field("all").matching(text).analyzer(KnowledgeAnalysis.ENGLISH_SYNONYMS)
				.boost(w.combined() * w.synonyms());
		return f.bool().should(exact).should(synonyms).should(combined).should(combinedSynonyms).should(welsh).should(typos).should(allWords).should(allWordsOrSynonyms).should(phrase)
				.minimumShouldMatchNumber(1);
	}

	private static @Nullable String firstOf(Object summary, Object body) {
		for (Object each : List.of(summary, body)) {
			if (each instanceof List<?> fragments && !fragments.isEmpty()) {
				return String.valueOf(fragments.get(0));
			}
		}
		return null;
	}

	/**
	 * The query with each word that no entry contains replaced by the closest word that some entry does, or
	 * nothing when every word is known or none has a close neighbour.
	 */
	@Nullable String suggest(String text) {
		var scope = Search.mapping(entityManagerFactory).scope(KnowledgeEntry.class).extension(LuceneExtension.get());
		try (IndexReader reader = scope.openIndexReader()) {
			DirectSpellChecker checker = new DirectSpellChecker();
			checker.setMinQueryLength(3);
			StringBuilder suggestion = new StringBuilder();
			boolean changed = false;
			var words = WORD.matcher(text);
			int last = 0;
			while (words.find()) {
				suggestion.append(text, last, words.start());
				String word = words.group();
				String normal = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT),
						java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
				Term term = new Term("spelling", normal);
				String replacement = word;
				if (normal.length() >= 3 && reader.docFreq(term) == 0) {
					SuggestWord[] similar = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
					if (similar.length > 0) {
						replacement = similar[0].string;
						changed = true;
					}
				}
				suggestion.append(replacement);
				last = words.end();
			}
			suggestion.append(text.substring(last));
			return changed ? suggestion.toString() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
