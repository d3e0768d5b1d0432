package org.copro.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.server.ResponseStatusException;

/** Adding, removing and downloading the attachments of an entry. */
@Controller
class KnowledgeAttachmentController {

	private final KnowledgeAttachments attachments;

	private final KnowledgeWorkflow workflow;

	private final KnowledgePermissions permissions;

	private final EntryPage entryPage;

	KnowledgeAttachmentController(KnowledgeAttachments attachments, KnowledgeWorkflow workflow,
			KnowledgePermissions permissions, EntryPage entryPage) {
		this.attachments = attachments;
		this.workflow = workflow;
		this.permissions = permissions;
		this.entryPage = entryPage;
	}

	@PostMapping("/knowledge/{id}/attachments")
	String processAttachment(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		KnowledgeEntry entry = entry(id);
		if (me == null || !permissions.canEdit(me, entry)) {
			throw new AccessDeniedException("Only the author and moderators add attachments to entry " + id);
		}
		try {
			if (file == null) {
				throw new KnowledgeAttachments.Refused("knowledge.attachment.required");
			}
			attachments.add(id, file, me.account().value());
			redirect.addFlashAttribute("notice", "knowledge.notice.attached");
		}
		catch (KnowledgeAttachments.Refused refused) {
			FormErrors.refuse(response);
			model.addAttribute("attachmentProblem", refused.messageKey());
			return entryPage.show(me, id, model);
		}
		return "redirect:/knowledge/" + id + "#attachments";
	}

	@PostMapping("/knowledge/{id}/attachments/{attachment}/remove")
	String processRemoveAttachment(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long attachment, RedirectAttributes redirect) {
		KnowledgeEntry entry = entry(id);
		if (!permissions.canEdit(me, entry)) {
			throw new AccessDeniedException("Only the author and moderators remove attachments of entry " + id);
		}
		attachments.remove(
				attachments.find(id, attachment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		redirect.addFlashAttribute("notice", "knowledge.notice.attachment-removed");
		return "redirect:/knowledge/" + id + "#attachments";
	}

	@GetMapping("/knowledge/{id}/attachments/{attachment}")
	ResponseEntity<Resource> showAttachment(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@PathVariable long id, @PathVariable long attachment) {
		KnowledgeEntry entry = entry(id);
		if (!permissions.canSee(me, entry)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		KnowledgeAttachment found = attachments.find(id, attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var file = attachments.file(found);
		if (!Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.contentLength(found.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(file));
	}

	private KnowledgeEntry entry(long id) {
		return workflow.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
