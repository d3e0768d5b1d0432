package org.copro.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * The words that entries have, on a cluster, for the words of one query: how many entries
 * have each word (a filter aggregation per word), and for a word that none has, the
 * closest that some entry has (the cluster's term suggester), all asked in one request,
 * since each round trip to the cluster costs more than the lookups themselves.
 */
final class ClusterVocabulary implements KnowledgeSearch.Vocabulary {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Map<String, Long> counts = new HashMap<>();

	private final Map<String, String> closest = new HashMap<>();

	private final Map<String, Long> termCounts = new HashMap<>();

	private final SearchSession session;

	/**
	 * Asks the cluster about the words of a query of three letters or more, lower case
	 * and without accents, as {@link KnowledgeSearch} asks about them. A word it asks
	 * about otherwise is looked up on its own.
	 */
	ClusterVocabulary(SearchSession session, String text) {
		this(session, text, List.copyOf(LuceneRanking.wordsOfLongSynonyms(text)));
	}

	/**
	 * Asks also how many entries have each of the given terms of the field that holds all
	 * their text.
	 */
	private ClusterVocabulary(SearchSession session, String text, List<String> terms) {
		this.session = session;
		List<String> asked = new ArrayList<>(wordsOf(text));
		if (asked.isEmpty() && terms.isEmpty()) {
			return;
		}
		JsonObject response = session.search(KnowledgeEntry.class)
			.extension(ElasticsearchExtension.get())
			.where(f -> f.matchAll())
			.requestTransformer(context -> {
				JsonObject aggregations = countRequest(asked);
				termCountRequest(terms).entrySet().forEach(named -> aggregations.add(named.getKey(), named.getValue()));
				context.body().add("aggs", aggregations);
				if (!asked.isEmpty()) {
					context.body().add("suggest", suggestRequest(asked));
				}
			})
			.fetch(0)
			.responseBody();
		JsonObject aggregations = response.getAsJsonObject("aggregations");
		for (int i = 0; i < terms.size(); i++) {
			if (aggregations != null && aggregations.has("t" + i)) {
				termCounts.put(terms.get(i), aggregations.getAsJsonObject("t" + i).get("doc_count").getAsLong());
			}
		}
		for (int i = 0; i < asked.size(); i++) {
			String name = "w" + i;
			if (aggregations != null && aggregations.has(name)) {
				counts.put(asked.get(i), aggregations.getAsJsonObject(name).get("doc_count").getAsLong());
			}
			String suggested = suggestion(response, name);
			if (suggested != null) {
				closest.put(asked.get(i), suggested);
			}
		}
	}

	@Override
	public boolean has(String word) {
		Long count = counts.get(word);
		if (count == null) {
			return session.search(KnowledgeEntry.class)
				.where(f -> f.match().field("spelling").matching(word))
				.fetchTotalHitCount() > 0;
		}
		return count > 0;
	}

	@Override
	public long entriesWith(String term) {
		Long count = termCounts.get(term);
		if (count == null) {
			return session.search(KnowledgeEntry.class)
				.where(f -> f.match().field(LuceneRanking.ALL).matching(term).skipAnalysis())
				.fetchTotalHitCount();
		}
		return count;
	}

	@Override
	public @Nullable String closest(String word) {
		if (counts.containsKey(word)) {
			return closest.get(word);
		}
		return new ClusterVocabulary(session, word).closest.get(word);
	}

	/**
	 * A filter aggregation per word, named {@code w0}, {@code w1}…, on the spelling
	 * field.
	 */
	static JsonObject countRequest(List<String> words) {
		return named(words, word -> {
			JsonObject spelling = new JsonObject();
			spelling.addProperty("spelling", word);
			JsonObject match = new JsonObject();
			match.add("match", spelling);
			JsonObject filter = new JsonObject();
			filter.add("filter", match);
			return filter;
		});
	}

	/**
	 * A filter aggregation per term of the field that holds all the text of an entry,
	 * named {@code t0}, {@code t1}….
	 */
	static JsonObject termCountRequest(List<String> terms) {
		JsonObject named = new JsonObject();
		for (int i = 0; i < terms.size(); i++) {
			JsonObject all = new JsonObject();
			all.addProperty(LuceneRanking.ALL, terms.get(i));
			JsonObject term = new JsonObject();
			term.add("term", all);
			JsonObject filter = new JsonObject();
			filter.add("filter", term);
			named.add("t" + i, filter);
		}
		return named;
	}

	/**
	 * A term suggestion per word on the spelling field, named as in
	 * {@link #countRequest}, in Elasticsearch's search API.
	 */
	static JsonObject suggestRequest(List<String> words) {
		return named(words, word -> {
			JsonObject term = new JsonObject();
			term.addProperty("field", "spelling");
			term.addProperty("suggest_mode", "missing");
			term.addProperty("size", 1);
			term.addProperty("min_word_length", 3);
			JsonObject suggestion = new JsonObject();
			suggestion.addProperty("text", word);
			suggestion.add("term", term);
			return suggestion;
		});
	}

	private static JsonObject named(List<String> words, Function<String, JsonObject> each) {
		JsonObject named = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			named.add("w" + i, each.apply(words.get(i)));
		}
		return named;
	}

	/** The first option of a named term suggestion in a search response, if any. */
	static @Nullable String suggestion(JsonObject response, String name) {
		JsonElement suggest = response.get("suggest");
		if (suggest == null || !suggest.isJsonObject() || !suggest.getAsJsonObject().has(name)) {
			return null;
		}
		for (JsonElement entry : suggest.getAsJsonObject().getAsJsonArray(name)) {
			JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
			if (options != null && !options.isEmpty()) {
				return options.get(0).getAsJsonObject().get("text").getAsString();
			}
		}
		return null;
	}

	static Set<String> wordsOf(String text) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String normal = Normalizer.normalize(matcher.group().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "");
			if (normal.length() >= 3) {
				words.add(normal);
			}
		}
		return words;
	}

}
