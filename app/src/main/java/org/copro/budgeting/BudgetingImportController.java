package org.copro.budgeting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Facilitators import an election held elsewhere from a pabulib .pb file (approval ballots): the process, its
 * projects and its ballots are created together, or nothing is, and the result counts with the file's rule.
 */
@Controller
class BudgetingImportController {

	private final Budgeting budgeting;

	private final BudgetingPermissions permissions;

	BudgetingImportController(Budgeting budgeting, BudgetingPermissions permissions) {
		this.budgeting = budgeting;
		this.permissions = permissions;
	}

	@GetMapping("/budgeting/import")
	String initImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators import budgeting processes");
		}
		return "budgeting/admin/import";
	}

	@PostMapping("/budgeting/import")
	String processImportForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators import budgeting processes");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", java.util.List.of(new ImportProblem("budgeting.import.no-file")));
			return "budgeting/admin/import";
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			model.addAttribute("problems", java.util.List.of(new ImportProblem("budgeting.import.not-text")));
			return "budgeting/admin/import";
		}
		PbImport checked = PbImport.of(text);
		if (!checked.ok()) {
			model.addAttribute("problems", checked.problems());
			return "budgeting/admin/import";
		}
		String name = file.getOriginalFilename();
		long id = budgeting.importFile(checked, name == null || name.isBlank() ? "Imported .pb file" : name.strip(),
				me.account());
		redirect.addFlashAttribute("notice", "budgeting.import.done");
		return "redirect:/budgeting/" + id + "/results";
	}
}
