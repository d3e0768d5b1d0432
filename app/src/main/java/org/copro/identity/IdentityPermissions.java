package org.copro.identity;

import org.springframework.stereotype.Component;

/**
 * Who may change what in the identity module.
 */
@Component
class IdentityPermissions {

	private final Accounts accounts;

	IdentityPermissions(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Administrators change roles, but the platform is never left without an
	 * administrator.
	 */
	boolean canChangeRole(SignedInAccount actor, AccountSummary target, Role newRole) {
		boolean actorIsAdministrator = actor.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
		if (!actorIsAdministrator) {
			return false;
		}
		boolean demotesAnAdministrator = target.role() == Role.ADMINISTRATOR && newRole != Role.ADMINISTRATOR;
		return !demotesAnAdministrator || accounts.administratorCount() > 1;
	}

	/** A person may delete their own account, unless they are the last administrator. */
	boolean canDelete(SignedInAccount actor) {
		AccountSummary self = accounts.summary(actor.account());
		return self.role() != Role.ADMINISTRATOR || accounts.administratorCount() > 1;
	}

}
