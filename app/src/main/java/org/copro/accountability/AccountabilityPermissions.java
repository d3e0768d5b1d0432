package org.copro.accountability;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the log: everyone reads it; facilitators, moderators and
 * administrators answer input and see who gave it; each signed-in person sees their own
 * input.
 */
@Component
class AccountabilityPermissions {

	boolean canRespond(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	/**
	 * Some tools take input without showing who gave it (a conversation's statements), so
	 * the public log never names authors; those who answer see whom they answer.
	 */
	boolean canSeeAuthors(@Nullable SignedInAccount actor) {
		return canRespond(actor);
	}

	boolean canSeeOwnInput(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
