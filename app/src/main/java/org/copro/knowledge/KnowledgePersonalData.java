package org.copro.knowledge;

import java.util.LinkedHashMap;

import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's entries, edits, comments and reports in "download my data"; when they delete
 * their account their contributions stay, without their name.
 */
@Component
class KnowledgePersonalData implements PersonalDataContributor {

	private final KnowledgeEntryRepository entries;

	private final EntryVersionRepository versions;

	private final KnowledgeCommentRepository comments;

	private final KnowledgeCommentReportRepository reports;

	private final KnowledgeAttachmentRepository attachments;

	KnowledgePersonalData(KnowledgeEntryRepository entries, EntryVersionRepository versions,
			KnowledgeCommentRepository comments, KnowledgeCommentReportRepository reports,
			KnowledgeAttachmentRepository attachments) {
		this.entries = entries;
		this.versions = versions;
		this.comments = comments;
		this.reports = reports;
		this.attachments = attachments;
	}

	@Override
	public String section() {
		return "knowledge";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("entries",
				entries.findByAuthorAccountOrderByUpdatedAtDesc(account.value())
					.stream()
					.map(entry -> Map.of("id", entry.id(), "title", entry.title(), "status", entry.status().name()))
					.toList());
		data.put("edits",
				versions.findByEditorAccount(account.value())
					.stream()
					.map(version -> Map.of("entry", version.entryId(), "version", version.number(), "at",
							version.createdAt().toString(), "note", version.changeNote()))
					.toList());
		data.put("comments",
				comments.findByAuthorAccount(account.value())
					.stream()
					.map(comment -> Map.<String, Object>of("entry", comment.entryId(), "text", comment.body(),
							"language", comment.language(), "at", comment.createdAt().toString()))
					.toList());
		data.put("reportedComments", reports.findByReporterAccount(account.value()).size());
		data.put("attachments",
				attachments.findByUploadedBy(account.value())
					.stream()
					.map(attachment -> Map.of("entry", attachment.entryId(), "file", attachment.fileName()))
					.toList());
		return data;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		forget(event.account());
	}

	/**
	 * Forgets whose entries and comments these were without raising their versions: an
	 * account may be deleted while an editor or a moderator is working on the person's
	 * entry or comment, and neither must fail for the other.
	 */
	@Transactional
	void forget(AccountId person) {
		Long account = person.value();
		entries.forgetAuthor(account);
		versions.findByEditorAccount(account).forEach(EntryVersion::forgetEditor);
		comments.forgetAuthor(account);
		reports.deleteAll(reports.findByReporterAccount(account));
		attachments.findByUploadedBy(account).forEach(KnowledgeAttachment::forgetUploader);
	}

}
