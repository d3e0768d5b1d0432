package org.copro.decisions;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.web.Scopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators start decisions; the facilitator who started one, and
 * moderators and administrators, run it (amend, address objections, close, record the
 * outcome); any signed-in person votes.
 */
@Component
class DecisionsPermissions {

	private final Scopes scopes;

	DecisionsPermissions(Scopes scopes) {
		this.scopes = scopes;
	}

	/**
	 * A decision filed under a private project is seen by those who may read the project,
	 * and its managers.
	 */
	boolean canSee(@Nullable SignedInAccount actor, Decision decision) {
		return canManage(actor, decision) || scopes.visibleTo(decision.scope(), actor);
	}

	/** The decision, or "not found" to whom may not see it. */
	Decision requireSee(@Nullable SignedInAccount actor, Decision decision) {
		if (!canSee(actor, decision)) {
			throw new DecisionNotFoundException(decision.id());
		}
		return decision;
	}

	boolean canCreate(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canManage(@Nullable SignedInAccount actor, Decision decision) {
		return actor != null && (has(actor, Role.MODERATOR)
				|| (has(actor, Role.FACILITATOR) && decision.facilitator().equals(actor.account())));
	}

	boolean canVote(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(
					authority -> authority.getAuthority() != null && authority.getAuthority().equals(role.authority()));
	}

}
