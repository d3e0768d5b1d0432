package org.copro.proposals;

import org.jspecify.annotations.Nullable;

/**
 * A comment that participants reported, for moderators.
 *
 * @param comment the comment
 * @param proposal the proposal it discusses
 * @param authorName its author's display name, or null for a former participant
 * @param reports how many people reported it
 */
record ReportedComment(ProposalComment comment, Proposal proposal, @Nullable String authorName, long reports) {
}
