package org.copro.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KnowledgeImport knowledgeImport;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	SearchSettings settings;

	@Autowired
	KnowledgeEntryRepository entries;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void loadFixture() {
		KnowledgeFixture.load(knowledgeImport);
	}

	private List<String> found(String query) {
		return search.search(SearchRequest.of(query, 10)).hits().stream().map(hit -> hit.entry().externalId()).toList();
	}

	@Test
	void findsAnEntryDespiteTyposAndSuggestsTheSpelling() {
		assertThat(found("partcipatory budgetting dundee")).first().isEqualTo("fixture-pb-1");
		assertThat(search.search(SearchRequest.of("partcipatory budgetting", 10)).suggestion())
			.isEqualTo("participatory budgeting");
		assertThat(search.search(SearchRequest.of("participatory budgeting", 10)).suggestion()).isNull();
	}

	@Test
	void findsEntriesThroughTheSynonymsOfTheField() {
		assertThat(found("PB")).first().isEqualTo("fixture-pb-1");
		assertThat(found("coproduction social care")).contains("fixture-coproduction-1");
		assertThat(found("co-production")).contains("fixture-coproduction-1", "fixture-welsh-1");
		assertThat(found("citizens panel")).contains("fixture-jury-1", "fixture-method-1");
		assertThat(found("neighborhood plans")).first().isEqualTo("fixture-org-1");
		// Through synonyms of several words alone: neither entry says "consensus" or
		// "conference", one says "mini-public", the other "citizens' jury".
		assertThat(found("consensus conference")).contains("fixture-jury-1", "fixture-method-1");
	}

	@Test
	void findsWelshEntriesAndEnglishEntriesFromAWelshQuery() {
		assertThat(found("gofal cymdeithasol Caerdydd")).first().isEqualTo("fixture-welsh-1");
		assertThat(found("cyllidebu cyfranogol")).first().isEqualTo("fixture-pb-1");
	}

	@Test
	void aQueryThatNothingMatchesFindsNothing() {
		SearchResults results = search.search(SearchRequest.of("xqzvwk", 10));
		assertThat(results.hits()).isEmpty();
		assertThat(results.total()).isZero();
		assertThat(search.search(SearchRequest.of("xqzvwk", 10), false).hits()).isEmpty();
	}

	@Test
	void rankAPhraseInTheTitleFirst() {
		assertThat(found("community safety jury")).first().isEqualTo("fixture-jury-1");
	}

	@Test
	void searchPageShowsFacetsSnippetsAndTheSuggestionWithoutJavaScript() throws Exception {
		mvc.perform(get("/knowledge").param("q", "partcipatory budgeting"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Participatory budgeting in Dundee")))
			.andExpect(content().string(containsString("id=\"did-you-mean\"")))
			.andExpect(content().string(containsString("type=\"checkbox\"")))
			.andExpect(content().string(containsString("<mark>")));
		mvc.perform(get("/knowledge").param("q", "deliberative").param("type", "method"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deliberative mini-public")))
			.andExpect(content().string(not(containsString("Citizens&#39; jury on community safety"))));
		mvc.perform(get("/knowledge").param("q", "gofal").locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chwilio")))
			.andExpect(content().string(containsString("Cymraeg (")));
		// The language facet names each language in the page's language, not by its code.
		mvc.perform(get("/knowledge").param("q", "gofal").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Welsh (")));
	}

	@Test
	void facetsNarrowTheResultsAndCountTheirValues() {
		SearchResults results = search.search(new SearchRequest("deliberative", Map.of("type", List.of("method")),
				SearchRequest.Order.RELEVANCE, 1, 10));
		assertThat(results.hits()).extracting(hit -> hit.entry().type()).containsOnly(EntryType.METHOD);
		assertThat(results.facets().get("type")).anySatisfy(value -> {
			assertThat(value.value()).isEqualTo("method");
			assertThat(value.selected()).isTrue();
		});
		SearchResults all = search.search(SearchRequest.of("", 10));
		assertThat(all.facets().get("place")).anySatisfy(value -> assertThat(value.value()).isEqualTo("Wales"));
		assertThat(all.facets().get("period")).anySatisfy(value -> assertThat(value.value()).isEqualTo("2010s"));
	}

	@Test
	void ranksAndCountsOnTheIndexDirectlyAsTheBackendsQueriesAndAggregationsDo() {
		assumeTrue(settings.chosenBackend() == SearchSettings.Backend.LUCENE,
				"embedded index only: on a cluster there is no index to rank and count on directly, both ways are the cluster's");
		List<SearchRequest> requests = List.of(SearchRequest.of("", 10),
				SearchRequest.of("participatory budgeting", 10), SearchRequest.of("partcipatory budgetting", 10),
				SearchRequest.of("co-production", 10), SearchRequest.of("gofal cymdeithasol", 10),
				SearchRequest.of("citizens panel", 10), new SearchRequest("deliberative",
						Map.of("type", List.of("method", "case")), SearchRequest.Order.RELEVANCE, 1, 10));
		try {
			for (SearchRequest request : requests) {
				search.useDirectLucene(true);
				SearchResults direct = search.search(request);
				search.useDirectLucene(false);
				SearchResults aggregated = search.search(request);
				assertThat(direct.total()).as(request.query()).isEqualTo(aggregated.total()).isPositive();
				assertThat(direct.facets()).as(request.query()).isEqualTo(aggregated.facets());
				assertThat(direct.hits()).as(request.query())
					.extracting(hit -> hit.entry().externalId())
					.isEqualTo(aggregated.hits().stream().map(hit -> hit.entry().externalId()).toList());
				for (int i = 0; i < direct.hits().size(); i++) {
					assertThat(direct.hits().get(i).score()).as(request.query())
						.isCloseTo(aggregated.hits().get(i).score(), within(1e-4f));
				}
			}
		}
		finally {
			search.useDirectLucene(true);
		}
	}

	/**
	 * A page of results is read from the index: what it shows must be what the database
	 * holds, on the embedded index's own reading and through the backend's projections.
	 */
	@Test
	void resultsShowTheEntriesAsTheDatabaseHoldsThem() {
		List<SearchRequest> requests = List.of(SearchRequest.of("participatory budgeting", 10),
				SearchRequest.of("co-production", 10), SearchRequest.of("", 10),
				new SearchRequest("", Map.of(), SearchRequest.Order.NEWEST, 1, 10));
		try {
			for (boolean direct : List.of(true, false)) {
				search.useDirectLucene(direct);
				for (SearchRequest request : requests) {
					SearchResults results = search.search(request);
					assertThat(results.hits()).as(request.query()).isNotEmpty();
					for (SearchResults.Hit hit : results.hits()) {
						KnowledgeEntry entry = entries.findById(hit.entry().id()).orElseThrow();
						assertThat(hit.entry()).as(request.query()).isEqualTo(ListedEntry.of(entry));
					}
				}
			}
			SearchResults dundee = search.search(SearchRequest.of("Dundee", 1));
			assertThat(dundee.hits().get(0).entry().places()).containsExactly("Dundee", "Scotland", "United Kingdom");
			assertThat(dundee.hits().get(0).entry().period()).isNotEmpty();
		}
		finally {
			search.useDirectLucene(true);
		}
	}

	/**
	 * An index written before it kept the fields of a result list has no title for an
	 * entry: that entry is read from the database, and one that the database no longer
	 * has is left out.
	 */
	@Test
	void entriesThatTheIndexDoesNotKeepAreReadFromTheDatabase() {
		KnowledgeEntry dundee = entries.findByExternalId("fixture-pb-1").orElseThrow();
		SearchRequest request = SearchRequest.of("Dundee", 10);
		List<SearchResults.Hit> hits = new TransactionTemplate(transactionManager)
			.execute(status -> search.hits(request, List.of(dundee.id(), 999_999_999L),
					java.util.Arrays.asList(null, null), List.of(2f, 1f), null, true));
		assertThat(hits).singleElement().satisfies(hit -> {
			assertThat(hit.entry()).isEqualTo(ListedEntry.of(dundee));
			assertThat(hit.score()).isEqualTo(2f);
			assertThat(hit.snippet()).contains("<mark>Dundee</mark>");
		});
	}

	@Test
	void snippetsMarkTheWordsInTheSummaryOrElseTheBody() {
		SearchResults dundee = search.search(SearchRequest.of("dundee", 10));
		assertThat(dundee.hits().get(0).snippet()).contains("<mark>Dundee</mark>");
		SearchResults childcare = search.search(SearchRequest.of("childcare", 10));
		assertThat(childcare.hits()).first().satisfies(hit -> {
			assertThat(hit.entry().externalId()).isEqualTo("fixture-coproduction-1");
			assertThat(hit.snippet()).contains("<mark>childcare</mark>")
				.contains("&lt;script&gt;")
				.doesNotContain("<script>");
		});
		// Stemmed words are marked as written: "assembly" finds and marks "assemblies" in
		// the body.
		SearchResults assemblies = search.search(SearchRequest.of("assembly", 10));
		assertThat(assemblies.hits()).anySatisfy(hit -> assertThat(hit.snippet()).contains("<mark>assemblies</mark>"));
	}

	/** WCAG 3.1.2: a Welsh entry in the English list of results is read as Welsh. */
	@Test
	void theResultsMarkTheLanguageOfEachEntry() throws Exception {
		mvc.perform(get("/knowledge").param("q", "gofal cymdeithasol Caerdydd"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("lang=\"cy\">Cydgynhyrchu gofal cymdeithasol yng Nghaerdydd</a>")));
		mvc.perform(get("/knowledge").param("q", "participatory budgeting").param("lang", "cy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\">Participatory budgeting in Dundee</a>")));
	}

	@Test
	void theEntryPageRendersMarkdownAndEscapesHtml() throws Exception {
		SearchResults results = search.search(SearchRequest.of("practical guide co-production", 1));
		ListedEntry guide = results.hits().get(0).entry();
		mvc.perform(get("/knowledge/" + guide.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
		ListedEntry dundee = search.search(SearchRequest.of("Dundee", 1)).hits().get(0).entry();
		mvc.perform(get("/knowledge/" + dundee.id()))
			.andExpect(content().string(containsString("<h2>How it worked</h2>")))
			.andExpect(content().string(containsString("<strong>everyone over 11</strong>")));
		mvc.perform(get("/knowledge/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theApiAnswersWithResultsAndFacets() throws Exception {
		mvc.perform(get("/api/v1/knowledge/search").param("q", "participatory budgeting")
			.param("size", "5")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.results[0].externalId", is("fixture-pb-1")))
			.andExpect(jsonPath("$.results[0].type", is("case")))
			.andExpect(jsonPath("$.results[0].id").isNumber())
			.andExpect(jsonPath("$.results[0].title").isString())
			.andExpect(jsonPath("$.results[0].summary").isString())
			.andExpect(jsonPath("$.results[0].score").isNumber())
			.andExpect(jsonPath("$.facets.type.case").isNumber());
		mvc.perform(get("/api/v1/knowledge/search").param("q", "deliberative").param("type", "method"))
			.andExpect(jsonPath("$.results[*].type", everyItem(is("method"))));
	}

	@Test
	void theApiRefusesBadParametersWithAProblemDocument() throws Exception {
		mvc.perform(get("/api/v1/knowledge/search").param("q", "x").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status", is(400)))
			.andExpect(jsonPath("$.detail", containsString("size")));
		mvc.perform(get("/api/v1/knowledge/search").param("size", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status", is(400)));
		mvc.perform(get("/api/v1/knowledge/search").param("sort", "sideways")).andExpect(status().isBadRequest());
	}

	@Test
	void exportsASearchAsCsvAndJson() throws Exception {
		mvc.perform(get("/knowledge/export.csv").param("q", "dundee"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("knowledge.csv")))
			.andExpect(content().string(containsString("externalId,type,title")))
			.andExpect(content().string(containsString("fixture-pb-1")));
		mvc.perform(get("/knowledge/export.json").param("q", "dundee"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].externalId", hasItem("fixture-pb-1")));
	}

}
