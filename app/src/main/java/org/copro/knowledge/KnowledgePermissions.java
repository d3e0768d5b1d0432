package org.copro.knowledge;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: any signed-in person submits entries and comments; authors edit their
 * own entries; moderators review, publish, edit any entry, hide comments and curate
 * collections.
 */
@Component
class KnowledgePermissions {

	boolean canSubmit(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	boolean canModerate(@Nullable SignedInAccount actor) {
		return has(actor, Role.MODERATOR);
	}

	boolean canEdit(@Nullable SignedInAccount actor, KnowledgeEntry entry) {
		return actor != null && (canModerate(actor) || isAuthor(actor, entry));
	}

	/**
	 * Published entries are public; the others only to their author and to moderators.
	 */
	boolean canSee(@Nullable SignedInAccount actor, KnowledgeEntry entry) {
		return entry.published() || canEdit(actor, entry);
	}

	boolean canComment(@Nullable SignedInAccount actor, KnowledgeEntry entry) {
		return actor != null && entry.published();
	}

	boolean canReport(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	private static boolean isAuthor(SignedInAccount actor, KnowledgeEntry entry) {
		Long author = entry.authorAccount();
		return author != null && author == actor.account().value();
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
