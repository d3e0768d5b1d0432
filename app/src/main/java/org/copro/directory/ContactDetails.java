package org.copro.directory;

import org.jspecify.annotations.Nullable;

/** The contact details a person shares with the people they chose. */
record ContactDetails(@Nullable String email, @Nullable String phone) {

	boolean isEmpty() {
		return email == null && phone == null;
	}
}
