package org.copro.web;

import org.jspecify.annotations.Nullable;

/**
 * What every participation tool's "input arrived" event says, so that the accountability
 * log ("you said, we did") can list each statement, proposal, comment or decision still
 * waiting for a response, whichever tool it came from, without depending on the tools.
 *
 * <p>
 * A tool publishes its own event record (for example {@code StatementSubmitted}) that
 * implements this interface; a listener for {@code InputReceived} receives them all.
 */
public interface InputReceived {

	/**
	 * The {@link ParticipationTool#id()} of the tool the input arrived in, e.g.
	 * {@code conversations}.
	 */
	String tool();

	/**
	 * A key that names the input within its tool and never changes, e.g.
	 * {@code statement:42}.
	 */
	String reference();

	/**
	 * The account id of the person who gave the input; null when it came from no account
	 * (e.g. anonymous).
	 */
	@Nullable Long authorAccount();

	/** The input itself, or its first words: what the log shows beside the response. */
	String excerpt();

	/**
	 * The language the excerpt is written in, {@code en} or {@code cy}, so that the log
	 * marks it (WCAG 3.1.2); null when the tool does not know.
	 */
	default @Nullable String language() {
		return null;
	}

	/** The page where the input can be seen, e.g. {@code /conversations/3}. */
	String path();

	/**
	 * The space the input belongs to when a project or group owns it, e.g.
	 * {@code project:7}; null when it belongs to no project.
	 */
	default @Nullable String scope() {
		return null;
	}

}
