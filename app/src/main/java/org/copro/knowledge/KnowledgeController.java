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

	private final KnowledgeEntryRepository entries;

	private final MarkdownRenderer markdown;

	private final KnowledgeWorkflow workflow;

	private final KnowledgeComments comments;

	private final KnowledgeAttachments attachments;

	private final KnowledgePermissions permissions;

	KnowledgeController(KnowledgeSearch search, KnowledgeEntryRepository entries, MarkdownRenderer markdown,
			KnowledgeWorkflow workflow, KnowledgeComments comments, KnowledgeAttachments attachments,
			KnowledgePermissions permissions) {
		this.search = search;
		this.entries = entries;
		this.markdown = markdown;
		this.workflow = workflow;
		this.comments = comments;
		this.attachments = attachments;
		this.permissions = permissions;
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
		KnowledgeEntry entry = find(id, me);
		model.addAttribute("canEdit", permissions.canEdit(me, entry));
		model.addAttribute("canModerate", permissions.canModerate(me));
		model.addAttribute("canComment", permissions.canComment(me, entry));
		model.addAttribute("canReport", permissions.canReport(me));
		model.addAttribute("isAuthor",
				me != null && entry.authorAccount() != null && entry.authorAccount() == me.account().value());
		model.addAttribute("translation", workflow.translationOf(entry).orElse(null));
		model.addAttribute("threads", comments.threads(entry.id()));
		model.addAttribute("commentCount", comments.count(entry.id()));
		model.addAttribute("attachments", attachments.of(entry.id()));
		model.addAttribute("entry", entry);
		model.addAttribute("bodyHtml", markdown.toHtml(entry.body()));
		model.addAttribute("lists",
				List.of(new Labelled("knowledge.entry.service-areas", entry.serviceAreas()),
						new Labelled("knowledge.entry.approaches", entry.approaches()),
						new Labelled("knowledge.entry.keywords", entry.keywords())));
		return "knowledge/entry";
	}

	record Labelled(String labelKey, List<String> values) {
	}

	/**
	 * Published entries for everyone; the others for their author and moderators, and not
	 * found for others.
	 */
	private KnowledgeEntry find(String id, @Nullable SignedInAccount me) {
		if (!id.matches("\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return entries.findById(Long.valueOf(id))
			.filter(entry -> permissions.canSee(me, entry))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
