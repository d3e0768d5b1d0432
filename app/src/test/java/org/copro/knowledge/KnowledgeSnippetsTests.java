package org.copro.knowledge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeSnippetsTests {

	@Test
	void marksTheWordsAsWrittenAndSynonymsOfSeveralWordsOnlyTogether() {
		Snippets snippets = Snippets.forQuery(List.of("participatory budgeting"));
		assertThat(snippets).isNotNull();
		String snippet = snippets.of("A community garden and a community budget, set by residents.", "");
		assertThat(snippet).isEqualTo("A community garden and a <mark>community budget</mark>, set by residents.");
		assertThat(Snippets.forQuery(List.of("co-production")).of("How coproduction works", ""))
			.contains("<mark>coproduction</mark>");
	}

	@Test
	void looksInTheBodyAroundTheFirstWordWhenTheSummaryHasNone() {
		String body = "x ".repeat(2_000) + "The councils' policies on housing <b>changed</b>. " + "y ".repeat(2_000);
		String snippet = Snippets.forQuery(List.of("policy")).of("Nothing here.", body);
		assertThat(snippet).contains("<mark>policies</mark>")
			.contains("&lt;b&gt;")
			.doesNotContain("<b>")
			.hasSizeLessThan(1_000);
		assertThat(Snippets.forQuery(List.of("policy")).of("Nothing here.", "Nor here.")).isNull();
		assertThat(Snippets.forQuery(List.of("the of"))).isNull();
	}

}
