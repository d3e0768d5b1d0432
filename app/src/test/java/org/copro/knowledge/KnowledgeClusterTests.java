package org.copro.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The knowledge index on a live Elasticsearch or OpenSearch cluster, asked directly over
 * HTTP. These run only when {@code COPRO_SEARCH_URIS} gives a cluster, as
 * {@code .ci/search-cluster} does in CI (which fails if they were skipped there); the
 * other knowledge tests then search through the cluster too.
 */
@SpringBootTest
class KnowledgeClusterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	SearchSettings settings;

	@BeforeEach
	void aClusterIsGiven() {
		assumeTrue(settings.chosenBackend() == SearchSettings.Backend.ELASTICSEARCH,
				"needs a cluster: set COPRO_SEARCH_URIS, or run the tests under .ci/search-cluster");
	}

	@Test
	void theClusterAnalysesTextAsTheEmbeddedIndexDoes() throws Exception {
		List<String> texts = List.of("Co-production and e-participation in the city's Participatory Budgeting",
				"Citizens' juries, mini-publics and a deliberative poll on policing; a citizens panel on PB",
				"Cyd-gynhyrchu gofal cymdeithasol yng Nghaerdydd a'r Fro", "Neighborhood planning for older people",
				"Crème brûlée: café society's coöperative");
		for (String analyzer : List.of(KnowledgeAnalysis.ENGLISH, KnowledgeAnalysis.ENGLISH_SYNONYMS,
				KnowledgeAnalysis.WELSH, KnowledgeAnalysis.SPELLING)) {
			for (String text : texts) {
				ObjectNode body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
				JsonNode answer = send("POST", "/" + index("read") + "/_analyze", body.toString());
				List<String> tokens = new ArrayList<>();
				answer.path("tokens").forEach(token -> tokens.add(token.path("token").asString()));
				assertThat(tokens).as(analyzer + ": " + text)
					.isNotEmpty()
					.isEqualTo(KnowledgeElasticsearchTests.tokens(KnowledgeAnalysis.analyzer(analyzer), text));
			}
		}
	}

	@Test
	void theIndexLivesUnderThePrefixOfThisTestContext() throws Exception {
		assertThat(settings.prefix()).startsWith("copro-test-");
		JsonNode aliases = send("GET", "/_alias/" + index("read"), null);
		assertThat(aliases.has(index("000001"))).as(aliases.toString()).isTrue();
		assertThat(send("GET", "/_alias/" + index("write"), null).has(index("000001"))).isTrue();
	}

	private String index(String suffix) {
		return settings.prefix() + "kb_entry-" + suffix;
	}

	private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.addresses().get(0) + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (settings.username() != null && !settings.username().isBlank()) {
			String credentials = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
