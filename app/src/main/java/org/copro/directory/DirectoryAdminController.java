package org.copro.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' side of the directory: the CSV export, and the import of an
 * existing list, previewed with every problem by line and column before anything is
 * saved, then saved all at once or not at all.
 */
@Controller
class DirectoryAdminController {

	static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

	private final Organisations organisations;

	private final DirectoryPermissions permissions;

	private final ImportStash stash;

	DirectoryAdminController(Organisations organisations, DirectoryPermissions permissions, ImportStash stash) {
		this.organisations = organisations;
		this.permissions = permissions;
		this.stash = stash;
	}

	@GetMapping("/directory/admin")
	String showAdministration(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		administrator(me);
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", new ImportForm());
		}
		model.addAttribute("count", organisations.all().size());
		model.addAttribute("columns", OrganisationCsv.COLUMNS);
		return "directory/admin/index";
	}

	@GetMapping("/directory/admin/organisations.csv")
	ResponseEntity<byte[]> downloadOrganisations(@AuthenticationPrincipal @Nullable SignedInAccount me) {
		administrator(me);
		String csv = OrganisationCsv.write(organisations.all());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("directory-organisations-" + LocalDate.now() + ".csv")
						.build()
						.toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/directory/admin/import")
	String processImportFile(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
			HttpServletResponse response) throws IOException {
		SignedInAccount admin = administrator(me);
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "directory.import.no-file");
		}
		else if (file.getSize() > MAX_UPLOAD_BYTES) {
			result.rejectValue("file", "directory.import.too-large");
		}
		if (FormErrors.refused(result, response) || file == null) {
			return showAdministration(admin, model);
		}
		String text = new String(file.getBytes(), StandardCharsets.UTF_8);
		// Spreadsheets often begin a UTF-8 file with a byte order mark, which is not part
		// of the first column's name.
		OrganisationCsv.Reading reading = OrganisationCsv
			.read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
		String token = stash.put(admin.account().value(), reading);
		return "redirect:/directory/admin/import/" + token;
	}

	@GetMapping("/directory/admin/import/{token}")
	String showImportPreview(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable String token,
			Model model) {
		SignedInAccount admin = administrator(me);
		OrganisationCsv.Reading reading = stash.get(token, admin.account().value())
			.orElseThrow(() -> new DirectoryNotFoundException("import", 0));
		model.addAttribute("reading", reading);
		model.addAttribute("token", token);
		return "directory/admin/import-preview";
	}

	@PostMapping("/directory/admin/import/{token}/confirm")
	String processImportConfirm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable String token,
			RedirectAttributes redirect) {
		SignedInAccount admin = administrator(me);
		OrganisationCsv.Reading reading = stash.get(token, admin.account().value())
			.orElseThrow(() -> new DirectoryNotFoundException("import", 0));
		if (!reading.ok()) {
			redirect.addFlashAttribute("problem", "directory.import.has-problems");
			return "redirect:/directory/admin/import/" + token;
		}
		stash.take(token, admin.account().value()).ifPresent(taken -> {
			int saved = organisations.importAll(taken.rows().stream().map(OrganisationCsv.Row::details).toList());
			redirect.addFlashAttribute("imported", saved);
		});
		redirect.addFlashAttribute("notice", "directory.import.done");
		return "redirect:/directory/admin";
	}

	private SignedInAccount administrator(@Nullable SignedInAccount me) {
		if (me == null || !permissions.canAdminister(me)) {
			throw new AccessDeniedException("Only administrators import and export the directory");
		}
		return me;
	}

}
