package org.copro.conversations;

import java.util.Locale;
import java.util.Optional;

import org.copro.engines.opinion.VoteMatrix;

/** A participant's answer to one statement. */
enum VoteChoice {

	AGREE(VoteMatrix.AGREE), DISAGREE(VoteMatrix.DISAGREE), PASS(VoteMatrix.PASS);

	private final int value;

	VoteChoice(int value) {
		this.value = value;
	}

	/** +1, −1 or 0, as the vote matrix and the database store it. */
	int value() {
		return value;
	}

	static VoteChoice of(int value) {
		return switch (value) {
			case VoteMatrix.AGREE -> AGREE;
			case VoteMatrix.DISAGREE -> DISAGREE;
			case VoteMatrix.PASS -> PASS;
			default -> throw new IllegalArgumentException("No vote " + value);
		};
	}

	/**
	 * The choice a form sent ({@code agree}, {@code disagree}, {@code pass}), if it is
	 * one.
	 */
	static Optional<VoteChoice> parse(String name) {
		for (VoteChoice choice : values()) {
			if (choice.name().toLowerCase(Locale.ROOT).equals(name)) {
				return Optional.of(choice);
			}
		}
		return Optional.empty();
	}

}
