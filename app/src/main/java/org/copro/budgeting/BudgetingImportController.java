package org.copro.budgeting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Facilitators import an election held elsewhere from a pabulib .pb file: the process,
 * its projects and its ballots are created together, or nothing is, and the result counts
 * with the file's rule. A district held in another file is added to the same process as
 * one more heading.
 */
@Controller
class BudgetingImportController {

	private final Budgeting budgeting;

	private final BudgetingPermissions permissions;

	private final UploadLimitFilter uploadLimit;

	BudgetingImportController(Budgeting budgeting, BudgetingPermissions permissions, UploadLimitFilter uploadLimit) {
		this.budgeting = budgeting;
		this.permissions = permissions;
		this.uploadLimit = uploadLimit;
	}

	@GetMapping("/budgeting/import")
	String initImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(name = "too-large", required = false) @Nullable String tooLarge, Model model,
			HttpServletResponse response) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators import budgeting processes");
		}
		tooLarge(tooLarge, model, response);
		return "budgeting/admin/import";
	}

	/**
	 * The form again after an upload over the limit (sent back here before anything read
	 * it).
	 */
	private void tooLarge(@Nullable String tooLarge, Model model, HttpServletResponse response) {
		if (tooLarge != null) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			model.addAttribute("problems",
					List.of(ImportProblem.of("budgeting.import.too-large", uploadLimit.megabytes())));
		}
	}

	@PostMapping("/budgeting/import")
	String processImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators import budgeting processes");
		}
		PbImport checked = read(file);
		if (!checked.ok()) {
			FormErrors.refuse(response);
			model.addAttribute("problems", checked.problems());
			return "budgeting/admin/import";
		}
		String name = file == null ? null : file.getOriginalFilename();
		long id = budgeting.importFile(checked, name == null || name.isBlank() ? "Imported .pb file" : name.strip(),
				me.account());
		redirect.addFlashAttribute("notice", "budgeting.import.done");
		return "redirect:/budgeting/" + id + "/results";
	}

	@GetMapping("/budgeting/{id}/import")
	String initHeadingImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "too-large", required = false) @Nullable String tooLarge, Model model,
			HttpServletResponse response) {
		model.addAttribute("process", importable(me, id));
		tooLarge(tooLarge, model, response);
		return "budgeting/admin/import";
	}

	/** Adds a district's file to an imported process as one more heading. */
	@PostMapping("/budgeting/{id}/import")
	String processHeadingImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		BudgetingProcess process = importable(me, id);
		PbImport checked = read(file);
		if (checked.ok() && checked.ballotType() != process.ballotType()) {
			checked = PbImport.failed(ImportProblem.of("budgeting.import.other-type",
					checked.ballotType().voteType().label(), process.ballotType().voteType().label()));
		}
		if (!checked.ok()) {
			FormErrors.refuse(response);
			model.addAttribute("process", process);
			model.addAttribute("problems", checked.problems());
			return "budgeting/admin/import";
		}
		String name = file == null ? null : file.getOriginalFilename();
		budgeting.importHeading(id, checked, name == null || name.isBlank() ? "Imported .pb file" : name.strip());
		List<BudgetHeading> headings = budgeting.headings(id);
		redirect.addFlashAttribute("notice", "budgeting.import.heading-done");
		return "redirect:/budgeting/" + id + "/results?heading=" + headings.get(headings.size() - 1).id();
	}

	private BudgetingProcess importable(@Nullable SignedInAccount me, long id) {
		BudgetingProcess process = budgeting.current(id);
		if (!permissions.canManage(me, process)) {
			throw new AccessDeniedException("Only the organisers of budgeting process " + id + " may do this");
		}
		if (!budgeting.imported(id)) {
			throw new ProcessNotFoundException(id);
		}
		return process;
	}

	private static PbImport read(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return PbImport.failed(ImportProblem.of("budgeting.import.no-file"));
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
			return PbImport.of(text);
		}
		catch (CharacterCodingException ex) {
			return PbImport.failed(ImportProblem.of("budgeting.import.not-text"));
		}
	}

}
