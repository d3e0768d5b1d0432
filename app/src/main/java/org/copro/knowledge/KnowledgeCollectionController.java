package org.copro.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Curated collections: public lists of them and of their entries; moderators create and
 * change them.
 */
@Controller
class KnowledgeCollectionController {

	private final KnowledgeCollectionRepository collections;

	private final KnowledgeEntryRepository entries;

	private final KnowledgePermissions permissions;

	KnowledgeCollectionController(KnowledgeCollectionRepository collections, KnowledgeEntryRepository entries,
			KnowledgePermissions permissions) {
		this.collections = collections;
		this.entries = entries;
		this.permissions = permissions;
	}

	@GetMapping("/knowledge/collections")
	String showCollections(@AuthenticationPrincipal @Nullable SignedInAccount me, Locale locale, Model model) {
		model.addAttribute("collections", collections.findAllByOrderByIdAsc());
		model.addAttribute("language", language(locale));
		model.addAttribute("canModerate", permissions.canModerate(me));
		return "knowledge/collections";
	}

	@GetMapping("/knowledge/collections/{id}")
	String showCollection(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Locale locale,
			Model model) {
		KnowledgeCollection collection = collections.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<KnowledgeEntry> shown = collection.entryIds()
			.stream()
			.map(entryId -> entries.findById(entryId).filter(KnowledgeEntry::published).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		model.addAttribute("collection", collection);
		model.addAttribute("entries", shown);
		model.addAttribute("language", language(locale));
		model.addAttribute("canModerate", permissions.canModerate(me));
		return "knowledge/collection";
	}

	@GetMapping("/knowledge/collections/new")
	String initCollectionForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		moderator(me);
		model.addAttribute("form", new CollectionForm());
		model.addAttribute("collection", null);
		return "knowledge/collection-form";
	}

	@PostMapping("/knowledge/collections/new")
	String processCollectionForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") CollectionForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		moderator(me);
		List<Long> ids = entryIds(form, result);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("collection", null);
			return "knowledge/collection-form";
		}
		KnowledgeCollection collection = collections.save(new KnowledgeCollection(form.getTitleEn().strip(),
				form.getTitleCy().strip(), form.getDescriptionEn().strip(), form.getDescriptionCy().strip(), ids));
		return "redirect:/knowledge/collections/" + collection.id();
	}

	@GetMapping("/knowledge/collections/{id}/edit")
	String initEditCollection(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Model model) {
		moderator(me);
		KnowledgeCollection collection = collections.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", CollectionForm.of(collection));
		model.addAttribute("collection", collection);
		return "knowledge/collection-form";
	}

	@PostMapping("/knowledge/collections/{id}/edit")
	String processEditCollection(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") CollectionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		moderator(me);
		KnowledgeCollection collection = collections.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Long> ids = entryIds(form, result);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("collection", collection);
			return "knowledge/collection-form";
		}
		collection.change(form.getTitleEn().strip(), form.getTitleCy().strip(), form.getDescriptionEn().strip(),
				form.getDescriptionCy().strip(), ids);
		redirect.addFlashAttribute("notice", "knowledge.notice.collection-saved");
		return "redirect:/knowledge/collections/" + id;
	}

	/**
	 * The entries named one a line, by number or by link, each a published entry, in the
	 * order given.
	 */
	private List<Long> entryIds(CollectionForm form, BindingResult result) {
		List<Long> ids = new ArrayList<>();
		int line = 0;
		for (String each : form.getEntries().replace("\r", "").split("\n")) {
			line++;
			String text = each.strip().replaceFirst("^.*/knowledge/", "").replaceFirst("[?#].*$", "");
			if (text.isEmpty()) {
				continue;
			}
			if (!text.matches("\\d{1,18}")
					|| entries.findById(Long.valueOf(text)).filter(KnowledgeEntry::published).isEmpty()) {
				result.rejectValue("entries", "knowledge.collection.entries.invalid", new Object[] { line }, null);
				return List.of();
			}
			if (!ids.contains(Long.valueOf(text))) {
				ids.add(Long.valueOf(text));
			}
		}
		return ids;
	}

	private void moderator(@Nullable SignedInAccount me) {
		if (!permissions.canModerate(me)) {
			throw new AccessDeniedException("Only moderators curate collections");
		}
	}

	private static String language(Locale locale) {
		return "cy".equals(locale.getLanguage()) ? "cy" : "en";
	}

}
