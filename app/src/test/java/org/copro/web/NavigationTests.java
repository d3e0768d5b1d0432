package org.copro.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class NavigationTests {

	static final List<String> WAYS_TO_TAKE_PART = List.of("/conversations", "/proposals", "/decisions", "/budgeting",
			"/sortition");

	@Autowired
	MockMvc mvc;

	@Test
	void theMenuGathersTheWaysToTakePartOnOnePage() throws Exception {
		String home = mvc.perform(get("/").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String menu = home.substring(home.indexOf("id=\"navigation\""),
				home.indexOf("</ul>", home.indexOf("id=\"navigation\"")));
		assertThat(menu).contains("href=\"/take-part\"", "href=\"/knowledge\"", "href=\"/projects\"",
				"href=\"/events\"", "href=\"/you-said-we-did\"");
		WAYS_TO_TAKE_PART.forEach(path -> assertThat(menu).doesNotContain("href=\"" + path + "\""));
		// The home page still offers every part.
		WAYS_TO_TAKE_PART.forEach(path -> assertThat(home).contains("href=\"" + path + "\""));

		String takePart = mvc.perform(get("/take-part").locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(takePart).contains("<h1 class=\"govuk-heading-xl\">Cymryd rhan</h1>");
		WAYS_TO_TAKE_PART.forEach(path -> assertThat(takePart).contains("href=\"" + path + "\""));
		assertThat(takePart).doesNotContain("class=\"govuk-link\" href=\"/projects\"");
	}

}
