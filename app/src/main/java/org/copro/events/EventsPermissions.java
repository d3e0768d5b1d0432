package org.copro.events;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what: facilitators set up events; the facilitator who set one up, and
 * administrators, organise it and alone see people's needs; any signed-in person
 * registers; attendees share and give feedback afterwards.
 */
@Component
class EventsPermissions {

	private final Events events;

	EventsPermissions(Events events) {
		this.events = events;
	}

	boolean canCreate(@Nullable SignedInAccount actor) {
		return has(actor, Role.FACILITATOR);
	}

	boolean canManage(@Nullable SignedInAccount actor, Event event) {
		return actor != null && (has(actor, Role.ADMINISTRATOR)
				|| (has(actor, Role.FACILITATOR) && event.organiser().equals(actor.account())));
	}

	boolean canRegister(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	/** Answers live: people with a place, and the organisers. */
	boolean canAnswer(@Nullable SignedInAccount actor, Event event) {
		return actor != null && (canManage(actor, event)
				|| events.registration(event.id(), actor.account()).filter(Registration::confirmed).isPresent());
	}

	boolean canSeeSummary(@Nullable SignedInAccount actor, Event event) {
		return event.summaryPublished() || canManage(actor, event);
	}

	/**
	 * Sharing contacts, joining the follow-up list and giving feedback belong to those
	 * who came.
	 */
	boolean isAttendee(@Nullable SignedInAccount actor, Event event) {
		return actor != null && events.attended(event.id(), actor.account());
	}

	private static boolean has(@Nullable SignedInAccount actor, Role role) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
