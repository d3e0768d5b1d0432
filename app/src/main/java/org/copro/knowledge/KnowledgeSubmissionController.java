package org.copro.knowledge;

import java.util.List;

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
 * Signed-in people submit entries and edit their own; moderators edit any. A form with a
 * problem is shown again with every field as written, and nothing is saved.
 */
@Controller
class KnowledgeSubmissionController {

	static final List<EntryType> SUBMITTED_TYPES = List.of(EntryType.CASE, EntryType.RESEARCH, EntryType.METHOD,
			EntryType.GUIDE, EntryType.PUBLICATION);

	static final List<String> LANGUAGES = List.of("en", "cy");

	private final KnowledgeWorkflow workflow;

	private final KnowledgePermissions permissions;

	KnowledgeSubmissionController(KnowledgeWorkflow workflow, KnowledgePermissions permissions) {
		this.workflow = workflow;
		this.permissions = permissions;
	}

	@GetMapping("/knowledge/new")
	String initEntryForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canSubmit(me)) {
			throw new AccessDeniedException("Sign in to submit an entry");
		}
		EntryForm form = new EntryForm();
		form.setType(EntryType.CASE.code());
		model.addAttribute("form", form);
		return populateForm(model, null);
	}

	@PostMapping("/knowledge/new")
	String processEntryForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canSubmit(me)) {
			throw new AccessDeniedException("Sign in to submit an entry");
		}
		Long translation = check(form, result, null);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateForm(model, null);
		}
		long id = workflow.submit(form, translation, me);
		return "redirect:/knowledge/" + id + "?submitted";
	}

	@GetMapping("/knowledge/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		KnowledgeEntry entry = editable(me, id);
		model.addAttribute("form", EntryForm.of(entry));
		return populateForm(model, entry);
	}

	@PostMapping("/knowledge/{id}/edit")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		KnowledgeEntry entry = editable(me, id);
		Long translation = check(form, result, entry);
		if (result.hasErrors() || me == null) {
			FormErrors.refuse(response);
			return populateForm(model, entry);
		}
		workflow.edit(id, form, translation, me, permissions.canModerate(me));
		redirect.addFlashAttribute("notice", "knowledge.notice.saved");
		return "redirect:/knowledge/" + id;
	}

	@GetMapping("/knowledge/mine")
	String showMyEntries(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (me == null) {
			throw new AccessDeniedException("Sign in to see your entries");
		}
		model.addAttribute("entries", workflow.submittedBy(me));
		return "knowledge/mine";
	}

	private KnowledgeEntry editable(@Nullable SignedInAccount me, long id) {
		KnowledgeEntry entry = workflow.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!permissions.canEdit(me, entry)) {
			throw new AccessDeniedException("Only the author and moderators edit entry " + id);
		}
		return entry;
	}

	private String populateForm(Model model, @Nullable KnowledgeEntry entry) {
		model.addAttribute("entry", entry);
		model.addAttribute("types", types(entry));
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("fields", EntryForm.FIELDS);
		return "knowledge/form";
	}

	/**
	 * The types a form offers: those people submit, and an imported entry's own (such as
	 * an organisation).
	 */
	private static List<EntryType> types(@Nullable KnowledgeEntry entry) {
		if (entry == null || SUBMITTED_TYPES.contains(entry.type())) {
			return SUBMITTED_TYPES;
		}
		return java.util.stream.Stream.concat(SUBMITTED_TYPES.stream(), java.util.stream.Stream.of(entry.type()))
			.toList();
	}

	/**
	 * Checks what the annotations cannot; returns the translation's id when one is named
	 * and exists.
	 */
	private @Nullable Long check(EntryForm form, BindingResult result, @Nullable KnowledgeEntry self) {
		if (EntryType.fromCode(form.getType()).filter(type -> types(self).contains(type)).isEmpty()) {
			result.rejectValue("type", "knowledge.form.type.invalid");
		}
		if (!LANGUAGES.contains(form.getLanguage()) && (self == null || !self.language().equals(form.getLanguage()))) {
			result.rejectValue("language", "knowledge.form.language.invalid");
		}
		String url = form.getUrl().strip();
		if (!url.isEmpty() && !Publication.isWebLink(url)) {
			result.rejectValue("url", "knowledge.form.url.invalid");
		}
		int line = 0;
		for (String each : form.getPublications().replace("\r", "").split("\n")) {
			line++;
			if (!each.isBlank() && Publication.parse(each) == null) {
				result.rejectValue("publications", "knowledge.form.publications.invalid", new Object[] { line }, null);
				break;
			}
		}
		String translation = form.getTranslation().strip().replaceFirst("^.*/knowledge/", "");
		if (translation.isEmpty()) {
			return null;
		}
		if (!translation.matches("\\d{1,18}")) {
			result.rejectValue("translation", "knowledge.form.translation.invalid");
			return null;
		}
		long id = Long.parseLong(translation);
		if (self != null && self.id() == id || workflow.find(id).isEmpty()) {
			result.rejectValue("translation", "knowledge.form.translation.invalid");
			return null;
		}
		return id;
	}

}
