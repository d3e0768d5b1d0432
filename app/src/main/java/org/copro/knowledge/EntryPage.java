package org.copro.knowledge;

import java.util.List;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one entry, which its own handler shows, and which the comment and
 * attachment handlers show again with what was wrong in a form.
 */
@Component
class EntryPage {

	private final KnowledgeEntryRepository entries;

	private final MarkdownRenderer markdown;

	private final KnowledgeWorkflow workflow;

	private final KnowledgeComments comments;

	private final KnowledgeAttachments attachments;

	private final KnowledgePermissions permissions;

	EntryPage(KnowledgeEntryRepository entries, MarkdownRenderer markdown, KnowledgeWorkflow workflow,
			KnowledgeComments comments, KnowledgeAttachments attachments, KnowledgePermissions permissions) {
		this.entries = entries;
		this.markdown = markdown;
		this.workflow = workflow;
		this.comments = comments;
		this.attachments = attachments;
		this.permissions = permissions;
	}

	/**
	 * Adds the entry, its comments and attachments, and what this person may do with them
	 * to the model, and names the template.
	 */
	String show(@Nullable SignedInAccount me, String id, Model model) {
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

	/** The same page shown again by a handler that has the entry's id as a number. */
	String show(@Nullable SignedInAccount me, long id, Model model) {
		return show(me, Long.toString(id), model);
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

}
