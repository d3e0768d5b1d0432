package org.copro.conversations;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may change what in a conversation: facilitators start conversations; moderators,
 * and the facilitator of a conversation, moderate it; any signed-in person votes and,
 * where allowed, writes.
 */
@Component
class ConversationPermissions {

	boolean canStart(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canModerate(@Nullable SignedInAccount actor, Conversation conversation) {
		return actor != null && (has(actor, Role.MODERATOR) || conversation.facilitator().equals(actor.account()));
	}

	boolean canVote(@Nullable SignedInAccount actor, Conversation conversation) {
		return actor != null && conversation.open();
	}

	/**
	 * Participants write when the facilitator allows it; moderators may always add
	 * statements.
	 */
	boolean canSubmit(@Nullable SignedInAccount actor, Conversation conversation) {
		return canVote(actor, conversation)
				&& (conversation.participantStatements() || canModerate(actor, conversation));
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
