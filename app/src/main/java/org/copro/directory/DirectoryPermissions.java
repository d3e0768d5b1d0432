package org.copro.directory;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: any signed-in person registers an organisation, keeps a profile,
 * shares contact details and joins groups; an organisation's managers and moderators edit
 * it; moderators remove organisations and give the champion badge; facilitators start
 * local groups; administrators import and export the directory.
 */
@Component
class DirectoryPermissions {

	private final Organisations organisations;

	private final Groups groups;

	DirectoryPermissions(Organisations organisations, Groups groups) {
		this.organisations = organisations;
		this.groups = groups;
	}

	boolean canRegister(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canEdit(@Nullable SignedInAccount actor, Organisation organisation) {
		return actor != null
				&& (has(actor, Role.MODERATOR) || organisations.isManager(organisation.id(), actor.account()));
	}

	boolean canRemove(@Nullable SignedInAccount actor) {
		return has(actor, Role.MODERATOR);
	}

	boolean canContact(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canJoin(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canKeepProfile(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canAwardChampion(@Nullable SignedInAccount actor) {
		return has(actor, Role.MODERATOR);
	}

	boolean canShareContacts(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canStartGroup(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canPost(@Nullable SignedInAccount actor, LocalGroup group) {
		return actor != null && groups.isMember(group.id(), actor.account());
	}

	boolean canOrganise(@Nullable SignedInAccount actor, LocalGroup group) {
		return actor != null && (has(actor, Role.MODERATOR) || groups.isOrganiser(group.id(), actor.account()));
	}

	boolean canAdminister(@Nullable SignedInAccount actor) {
		return has(actor, Role.ADMINISTRATOR);
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
