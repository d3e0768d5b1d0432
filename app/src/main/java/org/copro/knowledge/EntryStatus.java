package org.copro.knowledge;

/**
 * Only published entries are found by search; drafts wait for a moderator.
 */
enum EntryStatus {
	DRAFT, PUBLISHED
}
