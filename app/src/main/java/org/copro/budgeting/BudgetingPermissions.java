package org.copro.budgeting;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators set up processes; the facilitator who set one up, and administrators, manage
 * it; any signed-in person votes.
 */
@Component
class BudgetingPermissions {

	boolean canCreate(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canManage(@Nullable SignedInAccount actor, BudgetingProcess process) {
		return actor != null && (has(actor, Role.ADMINISTRATOR)
				|| (has(actor, Role.FACILITATOR) && process.organiser().equals(actor.account())));
	}

	boolean canPropose(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canVote(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities().stream()
				.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}
}
