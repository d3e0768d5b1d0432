package org.copro.engines.budgeting;

import java.util.Locale;

/** The ballot formats of the pabulib {@code vote_type} field. */
public enum VoteType {

	/** Each voter lists the projects they approve. */
	APPROVAL("approval"),
	/** Each voter names at most one project. */
	CHOOSE_ONE("choose-1"),
	/** Each voter spreads points over projects ({@code points} column). */
	CUMULATIVE("cumulative"),
	/** Each voter gives each listed project a score ({@code points} column). */
	SCORING("scoring"),
	/** Each voter ranks projects, most preferred first. */
	ORDINAL("ordinal");

	private final String label;

	VoteType(String label) {
		this.label = label;
	}

	/** The name used in {@code .pb} files. */
	public String label() {
		return label;
	}

	/** Whether ballots carry a {@code points} column that the rules must read. */
	public boolean hasPoints() {
		return this == CUMULATIVE || this == SCORING;
	}

	static VoteType fromLabel(String label) {
		String wanted = label.trim().toLowerCase(Locale.ROOT);
		for (VoteType type : values()) {
			if (type.label.equals(wanted)) {
				return type;
			}
		}
		throw new IllegalArgumentException(
				"unknown vote_type '" + label + "' (expected approval, choose-1, cumulative, scoring or ordinal)");
	}

}
