package org.copro.decisions;

import java.util.List;

/**
 * The ways a group decides; the first three take a position, the polls an answer per
 * option.
 */
enum DecisionKind {

	PROPOSAL(List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK")), CONSENT(List.of("CONSENT", "OBJECT")),
	SENSE_CHECK(List.of("LOOKS_GOOD", "NOT_SURE", "CONCERNED")), APPROVAL(List.of()), SCORE(List.of()),
	DOT_VOTE(List.of()), RANKED_CHOICE(List.of()), MEETING_TIME(List.of());

	private final List<String> positions;

	DecisionKind(List<String> positions) {
		this.positions = positions;
	}

	/** The positions a voter chooses from; empty for polls. */
	public List<String> positions() {
		return positions;
	}

	/** Whether the facilitator lists options (or times) for people to answer. */
	public boolean poll() {
		return positions.isEmpty();
	}

	static DecisionKind parse(String name) {
		for (DecisionKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
