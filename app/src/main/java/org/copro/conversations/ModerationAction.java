package org.copro.conversations;

import java.util.Locale;
import java.util.Optional;

/** What a moderator does to a statement. */
enum ModerationAction {

	ACCEPT, REJECT, META, NOT_META;

	static Optional<ModerationAction> parse(String name) {
		for (ModerationAction action : values()) {
			if (action.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
