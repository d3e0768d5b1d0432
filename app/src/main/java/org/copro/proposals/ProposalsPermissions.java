package org.copro.proposals;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators open calls for ideas and answer proposals; moderators hide comments; any
 * signed-in person proposes, supports, comments and reports; authors edit their proposal until others have
 * responded to it, and withdraw it until it is accepted or rejected.
 */
@Component
class ProposalsPermissions {

	boolean canManage(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canAnswer(@Nullable SignedInAccount actor, Proposal proposal) {
		return has(actor, Role.FACILITATOR) && !proposal.withdrawn();
	}

	boolean canModerate(@Nullable SignedInAccount actor) {
		return has(actor, Role.MODERATOR);
	}

	boolean canSubmit(@Nullable SignedInAccount actor, ProposalSpace space) {
		return actor != null && space.open();
	}

	boolean canEdit(@Nullable SignedInAccount actor, Proposal proposal, boolean hasResponses) {
		return actor != null && proposal.isBy(actor.account()) && !proposal.withdrawn() && !hasResponses
				&& proposal.answerStatus() == null;
	}

	/** Authors withdraw a proposal until it is accepted or rejected; under evaluation it may still go. */
	boolean canWithdraw(@Nullable SignedInAccount actor, Proposal proposal) {
		return actor != null && proposal.isBy(actor.account()) && !proposal.withdrawn()
				&& (proposal.answerStatus() == null || proposal.answerStatus() == AnswerStatus.EVALUATING);
	}

	boolean canSupport(@Nullable SignedInAccount actor, Proposal proposal) {
		return actor != null && !proposal.withdrawn();
	}

	boolean canComment(@Nullable SignedInAccount actor, Proposal proposal) {
		return actor != null && !proposal.withdrawn();
	}

	boolean canReport(@Nullable SignedInAccount actor, ProposalComment comment) {
		return actor != null && !comment.hidden();
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities().stream()
				.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}
}
