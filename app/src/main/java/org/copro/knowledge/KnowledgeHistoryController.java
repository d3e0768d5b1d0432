package org.copro.knowledge;

import java.util.List;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public history of an entry: every saved version, and what changed between two of
 * them.
 */
@Controller
class KnowledgeHistoryController {

	private final KnowledgeWorkflow workflow;

	private final KnowledgePermissions permissions;

	KnowledgeHistoryController(KnowledgeWorkflow workflow, KnowledgePermissions permissions) {
		this.workflow = workflow;
		this.permissions = permissions;
	}

	@GetMapping("/knowledge/{id}/history")
	String showHistory(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		KnowledgeEntry entry = visible(me, id);
		model.addAttribute("entry", entry);
		model.addAttribute("versions", workflow.versions(id));
		return "knowledge/history";
	}

	@GetMapping("/knowledge/{id}/history/compare")
	String showChanges(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam int from, @RequestParam int to, Model model) {
		KnowledgeEntry entry = visible(me, id);
		EntryVersion older = workflow.version(id, Math.min(from, to))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		EntryVersion newer = workflow.version(id, Math.max(from, to))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<VersionDiff.FieldChange> changes = VersionDiff.between(older, newer);
		model.addAttribute("entry", entry);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("changes", changes);
		return "knowledge/compare";
	}

	private KnowledgeEntry visible(@Nullable SignedInAccount me, long id) {
		return workflow.find(id)
			.filter(entry -> permissions.canSee(me, entry))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
