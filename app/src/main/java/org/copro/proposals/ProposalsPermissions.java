package org.copro.proposals;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.web.Scopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators open calls for ideas and answer proposals; moderators
 * hide comments; any signed-in person proposes, supports, comments and reports; authors
 * edit their proposal until others have responded to it, and withdraw it until it is
 * accepted or rejected.
 */
@Component
class ProposalsPermissions {

	private final Scopes scopes;

	ProposalsPermissions(Scopes scopes) {
		this.scopes = scopes;
	}

	/**
	 * A call for ideas filed under a private project is seen by those who may read the
	 * project, and facilitators.
	 */
	boolean canSee(@Nullable SignedInAccount actor, ProposalSpace space) {
		return canManage(actor) || scopes.visibleTo(space.scope(), actor);
	}

	/** The call for ideas, or "not found" to whom may not see it. */
	ProposalSpace requireSee(@Nullable SignedInAccount actor, ProposalSpace space) {
		if (!canSee(actor, space)) {
			throw new ProposalNotFoundException("call for ideas", space.id());
		}
		return space;
	}

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

	/**
	 * Authors withdraw a proposal until it is accepted or rejected; under evaluation it
	 * may still go.
	 */
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
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
