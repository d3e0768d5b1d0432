package org.copro.proposals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a comment stands on the proposal it discusses. */
enum Stance {

	IN_FAVOUR, AGAINST, NEUTRAL;

	static Optional<Stance> parse(String value) {
		return Arrays.stream(values()).filter(stance -> stance.name().equalsIgnoreCase(value.strip())).findFirst();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
