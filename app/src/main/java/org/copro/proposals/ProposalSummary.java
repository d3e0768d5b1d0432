package org.copro.proposals;

import org.jspecify.annotations.Nullable;

/**
 * What a list of proposals shows of one proposal.
 *
 * @param proposal the proposal
 * @param authorName its author's display name, or null for a former participant
 * @param supports how many people support it
 * @param comments how many comments can be read
 */
record ProposalSummary(Proposal proposal, @Nullable String authorName, long supports, long comments) {
}
