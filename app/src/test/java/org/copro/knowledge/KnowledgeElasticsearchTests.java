package org.copro.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonParser;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started on the Elasticsearch backend, as
 * {@code COPRO_SEARCH_BACKEND=elasticsearch} and {@code COPRO_SEARCH_URIS} choose it. No
 * cluster runs here: the version is given so that none is asked at start-up, nothing is
 * created on start, and the test reads the index definition that Hibernate Search would
 * send.
 */
@SpringBootTest(properties = { "copro.search.backend=elasticsearch", "copro.search.uris=http://localhost:9",
		"copro.search.version=9.1", "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
		"spring.datasource.url=jdbc:h2:mem:copro-elasticsearch-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class KnowledgeElasticsearchTests {

	static JsonNode index;

	@BeforeAll
	static void exportTheIndexDefinition(@Autowired EntityManagerFactory entityManagerFactory, @TempDir Path folder)
			throws IOException {
		Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(folder);
		try (var files = Files.walk(folder)) {
			Path created = files
				.filter(file -> file.endsWith("create-index.json") && file.toString().contains("kb_entry"))
				.findFirst()
				.orElseThrow();
			index = JsonMapper.builder().build().readTree(Files.readString(created));
		}
	}

	@Test
	void theIndexHasTheFieldsOfTheSearchWithTheirAnalysers() {
		JsonNode fields = index.path("mappings").path("properties");
		assertThat(fields.path("all").path("analyzer").asString()).isEqualTo(KnowledgeAnalysis.ENGLISH);
		assertThat(fields.path("title").path("analyzer").asString()).isEqualTo(KnowledgeAnalysis.ENGLISH);
		assertThat(fields.path("title_cy").path("analyzer").asString()).isEqualTo(KnowledgeAnalysis.WELSH);
		assertThat(fields.path("spelling").path("analyzer").asString()).isEqualTo(KnowledgeAnalysis.SPELLING);
		assertThat(fields.path("title_sort").path("normalizer").asString()).isEqualTo(KnowledgeAnalysis.SORT);
		for (String facet : SearchRequest.FACETS) {
			assertThat(fields.path(facet).path("type").asString()).as(facet).isEqualTo("keyword");
		}
		// The body is searched through "all" only; snippets are cut from the entry
		// itself.
		assertThat(fields.has("body")).isFalse();
	}

	@Test
	void theClusterAnalysesTextAsTheEmbeddedIndexDoes() throws IOException {
		JsonNode analysis = index.path("settings").path("analysis");
		List<String> texts = List.of("Co-production and e-participation in the city's Participatory Budgeting",
				"Citizens' juries, mini-publics and a deliberative poll on policing",
				"Cyd-gynhyrchu gofal cymdeithasol yng Nghaerdydd a'r Fro", "Neighborhood planning for older people",
				"Crème brûlée: café society's coöperative");
		for (String name : List.of(KnowledgeAnalysis.ENGLISH, KnowledgeAnalysis.ENGLISH_SYNONYMS,
				KnowledgeAnalysis.WELSH, KnowledgeAnalysis.SPELLING)) {
			Analyzer cluster = asLucene(analysis, name);
			for (String text : texts) {
				assertThat(tokens(cluster, text)).as(name + ": " + text)
					.isEqualTo(tokens(KnowledgeAnalysis.analyzer(name), text));
			}
		}
		assertThat(analysis.path("normalizer").path(KnowledgeAnalysis.SORT).path("filter").toString())
			.isEqualTo("[\"lowercase\",\"asciifolding\"]");
	}

	/**
	 * The cluster's definition of an analyser rebuilt with the Lucene components that
	 * Elasticsearch's built-in types stand for, so that both can be run on the same
	 * texts.
	 */
	private static Analyzer asLucene(JsonNode analysis, String name) throws IOException {
		JsonNode definition = analysis.path("analyzer").path(name);
		assertThat(definition.path("type").asString()).isEqualTo("custom");
		assertThat(definition.path("tokenizer").asString()).isEqualTo("standard");
		Path words = Files.createTempDirectory("kb-analysis");
		CustomAnalyzer.Builder builder = CustomAnalyzer
			.builder(new FilesystemResourceLoader(words, KnowledgeElasticsearchTests.class.getClassLoader()))
			.withTokenizer(StandardTokenizerFactory.class);
		for (JsonNode each : definition.path("char_filter")) {
			JsonNode filter = analysis.path("char_filter").path(each.asString());
			assertThat(filter.path("type").asString()).isEqualTo("pattern_replace");
			builder.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", filter.path("pattern").asString(),
					"replacement", filter.path("replacement").asString());
		}
		for (JsonNode each : definition.path("filter")) {
			String filterName = each.asString();
			switch (filterName) {
				case "lowercase" -> builder.addTokenFilter(LowerCaseFilterFactory.class);
				case "asciifolding" -> builder.addTokenFilter(ASCIIFoldingFilterFactory.class);
				case "porter_stem" -> builder.addTokenFilter(PorterStemFilterFactory.class);
				default -> {
					JsonNode filter = analysis.path("filter").path(filterName);
					switch (filter.path("type").asString()) {
						case "stemmer" -> builder.addTokenFilter(switch (filter.path("language").asString()) {
							case "possessive_english" -> EnglishPossessiveFilterFactory.class;
							case "minimal_english" -> EnglishMinimalStemFilterFactory.class;
							default -> throw new AssertionError("unexpected stemmer " + filter);
						});
						case "stop" -> {
							if (filter.path("stopwords").isArray()) {
								Files.write(words.resolve(filterName), lines(filter.path("stopwords")));
								builder.addTokenFilter(StopFilterFactory.class, "words", filterName);
							}
							else {
								assertThat(filter.path("stopwords").asString()).isEqualTo("_english_");
								builder.addTokenFilter(StopFilterFactory.class);
							}
						}
						case "synonym_graph" -> {
							Files.write(words.resolve(filterName), lines(filter.path("synonyms")));
							builder.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", filterName,
									"ignoreCase", "true", "expand", filter.path("expand").asString());
						}
						default -> throw new AssertionError("unexpected filter " + filter);
					}
				}
			}
		}
		return builder.build();
	}

	private static List<String> lines(JsonNode array) {
		List<String> lines = new ArrayList<>();
		array.forEach(line -> lines.add(line.asString()));
		assertThat(lines).isNotEmpty();
		return lines;
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void theWordsOfAQueryAreAskedOfTheClusterInOneRequestAndReadFromItsAnswer() {
		List<String> words = List.copyOf(ClusterVocabulary.wordsOf("Partcipatory Budgetting in Caerdydd, Cymru"));
		assertThat(words).containsExactly("partcipatory", "budgetting", "caerdydd", "cymru");
		assertThat(ClusterVocabulary.countRequest(words.subList(0, 2)).toString())
			.isEqualTo("{\"w0\":{\"filter\":{\"match\":{\"spelling\":\"partcipatory\"}}},"
					+ "\"w1\":{\"filter\":{\"match\":{\"spelling\":\"budgetting\"}}}}");
		assertThat(ClusterVocabulary.suggestRequest(List.of("budgetting")).toString())
			.isEqualTo("{\"w0\":{\"text\":\"budgetting\",\"term\":{\"field\":\"spelling\",\"suggest_mode\":\"missing\","
					+ "\"size\":1,\"min_word_length\":3}}}");
		var answer = JsonParser.parseString("{\"hits\":{\"total\":{\"value\":0}},\"suggest\":"
				+ "{\"w0\":[{\"text\":\"budgetting\",\"offset\":0,\"length\":10,\"options\":[{\"text\":\"budgeting\","
				+ "\"score\":0.8,\"freq\":12}]}],\"w1\":[{\"text\":\"dundee\",\"options\":[]}]}}")
			.getAsJsonObject();
		assertThat(ClusterVocabulary.suggestion(answer, "w0")).isEqualTo("budgeting");
		assertThat(ClusterVocabulary.suggestion(answer, "w1")).isNull();
		assertThat(ClusterVocabulary.suggestion(JsonParser.parseString("{\"hits\":{}}").getAsJsonObject(), "w0"))
			.isNull();
	}

}
