package org.copro.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void healthIsUpAndPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aMissingPageIsExplainedInTheChosenLanguageWithoutInternals() throws Exception {
		HttpResponse<String> response = fetch("/no-such-page", "text/html", "cy");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Heb ddod o hyd i&#39;r dudalen")
			.contains("lang=\"cy\"")
			.contains("href=\"/no-such-page?lang=en\"")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void programsGetAJsonProblemDocument() throws Exception {
		HttpResponse<String> response = fetch("/no-such-page", "application/json", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"status\":404").doesNotContain("trace").doesNotContain("exception");
	}

	private HttpResponse<String> fetch(String path, String accept, String language) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void aBadParameterIsABadRequestNotACrash() throws Exception {
		mvc.perform(get("/").param("lang", "fr").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

}
