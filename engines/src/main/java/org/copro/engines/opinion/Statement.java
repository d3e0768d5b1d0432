package org.copro.engines.opinion;

/**
 * A statement (a Polis "comment") with its moderation: {@code moderated} is 1 (accepted),
 * 0 (not yet moderated) or −1 (rejected); a meta statement is about the conversation
 * itself ("I am a student") and, like a rejected one, takes no part in the analysis.
 */
public record Statement(String id, String text, int moderated, boolean meta) {

	/** Whether Polis leaves the statement out of the analysis ("mod-out"). */
	public boolean excluded() {
		return moderated < 0 || meta;
	}
}
