package org.copro.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Entry bodies are Markdown written by contributors: any HTML in them is shown as text,
 * and only http, https and mailto links survive, so the result is safe to put in a page.
 */
@Component
class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown));
	}

}
