package org.copro.budgeting;

import org.copro.identity.Accounts;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators set up processes; the facilitator who set one up, and
 * administrators, manage it and enter paper ballots; any signed-in person proposes ideas;
 * a person whose email address is confirmed votes, so that each ballot belongs to a
 * verified participant.
 */
@Component
class BudgetingPermissions {

	private final Accounts accounts;

	BudgetingPermissions(Accounts accounts) {
		this.accounts = accounts;
	}

	boolean canCreate(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canManage(@Nullable SignedInAccount actor, BudgetingProcess process) {
		return actor != null && (has(actor, Role.ADMINISTRATOR)
				|| (has(actor, Role.FACILITATOR) && process.organiser().equals(actor.account())));
	}

	/** Staff who run the process enter ballots filled in on paper at in-person events. */
	boolean canEnterPaperBallots(@Nullable SignedInAccount actor, BudgetingProcess process) {
		return canManage(actor, process);
	}

	boolean canPropose(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	/** A verified participant: signed in, with a confirmed email address. */
	boolean canVote(@Nullable SignedInAccount actor) {
		return actor != null && accounts.mailRecipient(actor.account()).isPresent();
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
