package org.copro.proposals;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.jspecify.annotations.Nullable;

/**
 * A participant submitted a proposal to a call for ideas: input that deserves a visible
 * response.
 *
 * @param space the call for ideas' id
 * @param proposal the proposal's id
 * @param author who proposed it
 * @param title the proposal's title
 * @param language the language it is written in, {@code en} or {@code cy}
 * @param scope the project or group that owns the call for ideas, e.g. {@code project:7},
 * or null
 */
public record ProposalSubmitted(long space, long proposal, AccountId author, String title, String language,
		@Nullable String scope) implements InputReceived {

	@Override
	public String tool() {
		return "proposals";
	}

	@Override
	public String reference() {
		return "proposal:" + proposal;
	}

	@Override
	public Long authorAccount() {
		return author.value();
	}

	@Override
	public String excerpt() {
		return title;
	}

	@Override
	public String path() {
		return "/proposals/" + space + "/" + proposal;
	}
}
