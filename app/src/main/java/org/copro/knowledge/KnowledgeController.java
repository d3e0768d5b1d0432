package org.copro.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages: the search with its facets, and one entry.
 */
@Controller
class KnowledgeController {

	static final int PAGE_SIZE = 10;

	private final KnowledgeSearch search;

	private final EntryPage entryPage;

	KnowledgeController(KnowledgeSearch search, EntryPage entryPage) {
		this.search = search;
		this.entryPage = entryPage;
	}

	@GetMapping("/knowledge")
	String showSearch(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		SearchRequest request;
		try {
			request = SearchParameters.read(parameters, PAGE_SIZE);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		SearchResults results = search.search(request);
		model.addAttribute("request", request);
		model.addAttribute("results", results);
		model.addAttribute("facetNames", SearchRequest.FACETS);
		model.addAttribute("languageNames", languageNames(results, locale));
		model.addAttribute("sort", request.order().name().toLowerCase(Locale.ROOT));
		if (results.suggestion() != null) {
			model.addAttribute("suggestionLink", SearchParameters.link("/knowledge", request, results.suggestion(), 1));
		}
		if (request.page() > 1) {
			model.addAttribute("previousLink",
					SearchParameters.link("/knowledge", request, request.query(), request.page() - 1));
		}
		if (request.page() < results.pageCount()) {
			model.addAttribute("nextLink",
					SearchParameters.link("/knowledge", request, request.query(), request.page() + 1));
		}
		String exportQuery = SearchParameters.link("", request, request.query(), 1);
		model.addAttribute("exportCsvLink", "/knowledge/export.csv" + exportQuery);
		model.addAttribute("exportJsonLink", "/knowledge/export.json" + exportQuery);
		return "knowledge/search";
	}

	@GetMapping("/knowledge/{id}")
	String showEntry(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable String id, Model model) {
		return entryPage.show(me, id, model);
	}

	/**
	 * The name of each language in the language facet, in the page's language ("Welsh",
	 * "Almaeneg").
	 */
	private static Map<String, String> languageNames(SearchResults results, Locale locale) {
		Map<String, String> names = new HashMap<>();
		results.facets().getOrDefault("language", List.of()).forEach(value -> {
			String name = Locale.forLanguageTag(value.value()).getDisplayLanguage(locale);
			names.put(value.value(),
					name.isEmpty() ? value.value() : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		});
		return names;
	}

}
