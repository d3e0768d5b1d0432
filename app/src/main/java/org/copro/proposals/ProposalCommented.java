package org.copro.proposals;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.jspecify.annotations.Nullable;

/**
 * A participant commented on a proposal, or replied to a comment: input that deserves a
 * visible response.
 *
 * @param space the call for ideas' id
 * @param proposal the proposal's id
 * @param comment the comment's id
 * @param author who wrote it
 * @param text what they wrote
 * @param language the language it is written in, {@code en} or {@code cy}
 * @param scope the project or group that owns the call for ideas, e.g. {@code project:7},
 * or null
 */
public record ProposalCommented(long space, long proposal, long comment, AccountId author, String text, String language,
		@Nullable String scope) implements InputReceived {

	@Override
	public String tool() {
		return "proposals";
	}

	@Override
	public String reference() {
		return "comment:" + comment;
	}

	@Override
	public Long authorAccount() {
		return author.value();
	}

	@Override
	public String excerpt() {
		return text;
	}

	@Override
	public String path() {
		return "/proposals/" + space + "/" + proposal;
	}
}
