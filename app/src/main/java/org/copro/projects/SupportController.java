package org.copro.projects;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Participation support: a member's own expense claims and access needs; co-leads see
 * everyone's, decide and pay claims, and export them for finance. Nobody else sees any of
 * it, administrators included.
 */
@Controller
class SupportController {

	private final Projects projects;

	private final ParticipationSupport support;

	private final Receipts receipts;

	private final ProjectsPermissions permissions;

	SupportController(Projects projects, ParticipationSupport support, Receipts receipts,
			ProjectsPermissions permissions) {
		this.projects = projects;
		this.support = support;
		this.receipts = receipts;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/claims")
	String showClaims(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireMember(me, projects.find(id));
		boolean lead = permissions.canLead(me, project);
		model.addAttribute("project", project);
		model.addAttribute("canLead", lead);
		model.addAttribute("claims", lead ? support.all(id) : support.of(id, me.account()));
		model.addAttribute("names", projects.names(id));
		model.addAttribute("categories", ClaimCategory.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ClaimForm());
		}
		return "projects/claims";
	}

	@PostMapping("/projects/{id}/claims")
	String processClaimForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		ClaimCategory category = ProjectForm.parse(ClaimCategory.class, form.getCategory());
		if (category == null) {
			result.rejectValue("category", "projects.claim.category.required");
		}
		Long pence = form.pence();
		if (pence == null && !form.getAmount().isBlank()) {
			result.rejectValue("amount", "projects.claim.amount.invalid");
		}
		MultipartFile file = form.getReceipt();
		Receipts.Kind kind = null;
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > Receipts.MAX_BYTES) {
				result.rejectValue("receipt", "projects.claim.receipt.too-big");
			}
			else {
				kind = receipts.kindOf(file).orElse(null);
				if (kind == null) {
					result.rejectValue("receipt", "projects.claim.receipt.type");
				}
			}
		}
		if (result.hasErrors() || category == null || pence == null) {
			FormErrors.refuse(response);
			return showClaims(me, id, model);
		}
		String stored = kind == null || file == null ? null : receipts.store(file, kind);
		support.submit(id, me.account(), category, pence, form.getDescription(), stored,
				kind == null ? null : kind.mediaType);
		redirect.addFlashAttribute("notice", "projects.notice.claim-submitted");
		return "redirect:/projects/" + id + "/claims";
	}

	@GetMapping("/projects/{id}/claims/{claimId}/receipt")
	ResponseEntity<byte[]> downloadReceipt(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long claimId) {
		Project project = permissions.requireMember(me, projects.find(id));
		Claim claim = support.find(id, claimId);
		boolean own = claim.claimantId() != null && claim.claimantId() == me.account().value();
		if (!own && !permissions.canLead(me, project)) {
			throw new AccessDeniedException("Only the claimant and co-leads see a receipt");
		}
		if (claim.receiptFile() == null || claim.receiptType() == null) {
			throw new ProjectNotFoundException("receipt of claim " + claimId);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(claim.receiptType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("receipt-" + claimId + "." + claim.receiptFile().replaceAll("^.*\\.", ""))
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(receipts.read(claim.receiptFile()));
	}

	@PostMapping("/projects/{id}/claims/{claimId}/approve")
	String processApprove(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long claimId, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		outcome(redirect, support.approve(id, claimId), "projects.notice.claim-approved");
		return "redirect:/projects/" + id + "/claims";
	}

	@PostMapping("/projects/{id}/claims/{claimId}/reject")
	String processReject(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long claimId, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		if (FormErrors.refused(result, response)) {
			model.addAttribute("rejectClaim", claimId);
			return showClaims(me, id, model);
		}
		outcome(redirect, support.reject(id, claimId, form.getReason()), "projects.notice.claim-rejected");
		return "redirect:/projects/" + id + "/claims";
	}

	@PostMapping("/projects/{id}/claims/{claimId}/pay")
	String processPay(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long claimId, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		outcome(redirect, support.pay(id, claimId), "projects.notice.claim-paid");
		return "redirect:/projects/" + id + "/claims";
	}

	private static void outcome(RedirectAttributes redirect, boolean done, String notice) {
		if (done) {
			redirect.addFlashAttribute("notice", notice);
		}
		else {
			redirect.addFlashAttribute("problem", "projects.problem.claim-state");
		}
	}

	@GetMapping("/projects/{id}/claims.csv")
	ResponseEntity<byte[]> downloadClaims(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@PathVariable long id) {
		permissions.requireLead(me, projects.find(id));
		Names names = projects.names(id);
		StringBuilder csv = new StringBuilder(
				"claim,submitted,claimant,category,amount_gbp,description,status,decided,paid,reason\r\n");
		for (Claim claim : support.all(id)) {
			String claimant = names.of(claim.claimantId());
			csv.append(String.join(",",
					List.of(Long.toString(claim.id()), date(claim.submittedAt()), cell(claimant),
							claim.category().name(), claim.amount().toPlainString(), cell(claim.description()),
							claim.status().name(), date(claim.decidedAt()), date(claim.paidAt()),
							cell(claim.reason() == null ? "" : claim.reason()))))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("project-" + id + "-claims.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String date(@Nullable Instant instant) {
		return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	/**
	 * Quotes a cell, and keeps a spreadsheet from reading text that starts like a formula
	 * as one.
	 */
	static String cell(String text) {
		String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	@GetMapping("/projects/{id}/access-needs")
	String showAccessNeeds(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireMember(me, projects.find(id));
		boolean lead = permissions.canLead(me, project);
		model.addAttribute("project", project);
		model.addAttribute("canLead", lead);
		model.addAttribute("text", support.need(id, me.account()).map(AccessNeed::text).orElse(""));
		model.addAttribute("needs", lead ? support.needs(id) : List.of());
		model.addAttribute("names", projects.names(id));
		return "projects/access-needs";
	}

	@PostMapping("/projects/{id}/access-needs")
	String processAccessNeeds(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		if (text.length() > 2000) {
			FormErrors.refuse(response);
			model.addAttribute("textError", "projects.access-needs.too-long");
			showAccessNeeds(me, id, model);
			model.addAttribute("text", text);
			return "projects/access-needs";
		}
		support.recordNeed(id, me.account(), text);
		redirect.addFlashAttribute("notice", "projects.notice.access-needs-saved");
		return "redirect:/projects/" + id + "/access-needs";
	}

}
