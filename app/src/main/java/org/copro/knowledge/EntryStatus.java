package org.copro.knowledge;

/**
 * Where an entry is in review: only published entries are shown and found by search; a
 * submitted entry waits for a moderator, who publishes it or sends it back to its author
 * with a reason.
 */
enum EntryStatus {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED

}
