package org.copro.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The life of a submitted entry: submit, edit, publish or send back; every save keeps a
 * version.
 */
@Service
class KnowledgeWorkflow {

	private static final Pattern YEARS = Pattern
		.compile("(1[89]\\d\\d|20\\d\\d)(?:\\s*[-\u2013\u2014/]\\s*(\\d{2,4}))?");

	private final KnowledgeEntryRepository entries;

	private final EntryVersionRepository versions;

	KnowledgeWorkflow(KnowledgeEntryRepository entries, EntryVersionRepository versions) {
		this.entries = entries;
		this.versions = versions;
	}

	/** The content of a checked form, as the entry will hold it. */
	static EntryDraft draftOf(EntryForm form, String externalId, String organiser, EntryStatus status) {
		String period = form.getPeriod().strip();
		Integer start = null;
		Integer end = null;
		Matcher years = YEARS.matcher(period);
		if (years.find()) {
			start = Integer.valueOf(years.group(1));
			if (years.group(2) != null) {
				String second = years.group(2);
				end = second.length() == 2 ? start / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
				if (end < start) {
					end = null;
				}
			}
		}
		return new EntryDraft(externalId, EntryType.fromCode(form.getType()).orElse(EntryType.CASE),
				form.getTitle().strip(), form.getSummary().strip(), form.getBody().replace("\r", "").strip(), period,
				start, end, form.getCountry().strip(), form.getRegion().strip(), form.getLocalArea().strip(),
				EntryForm.values(form.getServiceAreas()), EntryForm.values(form.getApproaches()),
				EntryForm.values(form.getKeywords()), EntryForm.lines(form.getContributors()), organiser,
				form.getUrl().strip(), form.getLanguage(), status);
	}

	@Transactional(readOnly = true)
	Optional<KnowledgeEntry> find(long id) {
		return entries.findById(id);
	}

	@Transactional
	long submit(EntryForm form, @Nullable Long translation, SignedInAccount author) {
		KnowledgeEntry entry = new KnowledgeEntry("submitted-" + UUID.randomUUID());
		entry.update(draftOf(form, entry.externalId(), "", EntryStatus.SUBMITTED));
		entry.details(EntryForm.lines(form.getPublications()), translation);
		entry.submittedBy(author.account().value(), author.displayName());
		entries.saveAndFlush(entry);
		keepVersion(entry, author, form.getChangeNote());
		return entry.id();
	}

	/**
	 * Saves an edit. An entry sent back goes to review again when its author saves it; a
	 * moderator's edit, or an author's edit of a published entry, keeps the status (the
	 * history shows every change).
	 */
	@Transactional
	void edit(long id, EntryForm form, @Nullable Long translation, SignedInAccount editor, boolean moderator) {
		KnowledgeEntry entry = entries.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (versions.countByEntryId(id) == 0) {
			// An imported entry has no version yet: its first version is how it was
			// before this edit.
			versions.save(new EntryVersion(entry, 1, null, "", ""));
		}
		EntryStatus status = entry.status();
		if (!moderator && (status == EntryStatus.RETURNED || status == EntryStatus.DRAFT)) {
			status = EntryStatus.SUBMITTED;
		}
		String reason = status == EntryStatus.RETURNED ? entry.returnReason() : null;
		entry.update(draftOf(form, entry.externalId(), entry.organiser(), status));
		entry.changeStatus(status, reason);
		entry.details(EntryForm.lines(form.getPublications()), translation);
		entries.saveAndFlush(entry);
		keepVersion(entry, editor, form.getChangeNote());
	}

	private void keepVersion(KnowledgeEntry entry, SignedInAccount editor, String note) {
		int number = versions.countByEntryId(entry.id()) + 1;
		versions.save(new EntryVersion(entry, number, editor.account().value(), editor.displayName(), note.strip()));
	}

	@Transactional
	boolean publish(long id) {
		KnowledgeEntry entry = entries.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (entry.published()) {
			return false;
		}
		entry.changeStatus(EntryStatus.PUBLISHED, null);
		return true;
	}

	@Transactional
	boolean sendBack(long id, String reason) {
		KnowledgeEntry entry = entries.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (entry.status() != EntryStatus.SUBMITTED && entry.status() != EntryStatus.PUBLISHED) {
			return false;
		}
		entry.changeStatus(EntryStatus.RETURNED, reason.strip());
		return true;
	}

	@Transactional(readOnly = true)
	List<KnowledgeEntry> waitingForReview() {
		return entries.findByStatusOrderByUpdatedAtAsc(EntryStatus.SUBMITTED);
	}

	@Transactional(readOnly = true)
	List<KnowledgeEntry> submittedBy(SignedInAccount author) {
		return entries.findByAuthorAccountOrderByUpdatedAtDesc(author.account().value());
	}

	@Transactional(readOnly = true)
	List<EntryVersion> versions(long id) {
		return versions.findByEntryIdOrderByNumberDesc(id);
	}

	@Transactional(readOnly = true)
	Optional<EntryVersion> version(long id, int number) {
		return versions.findByEntryIdAndNumber(id, number);
	}

	/** The published translation of an entry: the one it names, or one that names it. */
	@Transactional(readOnly = true)
	Optional<KnowledgeEntry> translationOf(KnowledgeEntry entry) {
		if (entry.translationId() != null) {
			Optional<KnowledgeEntry> named = entries.findById(entry.translationId()).filter(KnowledgeEntry::published);
			if (named.isPresent()) {
				return named;
			}
		}
		return entries.findByTranslationIdAndStatus(entry.id(), EntryStatus.PUBLISHED).stream().findFirst();
	}

}
