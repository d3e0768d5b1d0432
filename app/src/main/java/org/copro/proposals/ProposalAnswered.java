package org.copro.proposals;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The organisers gave a proposal its official answer, or changed it.
 *
 * @param space the call for ideas' id
 * @param proposal the proposal's id
 * @param status the answer
 * @param text what the organisers said (for a rejection, why)
 * @param answeredBy the facilitator who answered
 * @param scope the project or group that owns the call for ideas, e.g. {@code project:7},
 * or null
 */
public record ProposalAnswered(long space, long proposal, AnswerStatus status, String text, AccountId answeredBy,
		@Nullable String scope) {

	/**
	 * The same reference as the {@link ProposalSubmitted} this answers, e.g.
	 * {@code proposal:42}.
	 */
	public String reference() {
		return "proposal:" + proposal;
	}

	/** The page where the answer can be seen. */
	public String path() {
		return "/proposals/" + space + "/" + proposal;
	}
}
