package org.copro.proposals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The official answer to a proposal. */
public enum AnswerStatus {

	/** The organisers will carry the proposal out. */
	ACCEPTED,

	/** The organisers will not carry it out, and say why. */
	REJECTED,

	/** The organisers are looking into it. */
	EVALUATING;

	static Optional<AnswerStatus> parse(String value) {
		return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(value.strip())).findFirst();
	}

	/** The lower-case name used in paths, parameters and message keys. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
