package org.copro.sortition;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators open recruitments; the organisers of one (the facilitator
 * who opened it, and administrators) close it, draw, replace and see volunteers' personal
 * data; any signed-in person volunteers.
 */
@Component
class SortitionPermissions {

	boolean canOpen(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canOrganise(@Nullable SignedInAccount actor, Recruitment recruitment) {
		return actor != null && (has(actor, Role.ADMINISTRATOR)
				|| (has(actor, Role.FACILITATOR) && recruitment.organiser().equals(actor.account())));
	}

	boolean canVolunteer(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
