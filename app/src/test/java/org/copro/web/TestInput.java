package org.copro.web;

import org.jspecify.annotations.Nullable;

/**
 * Input as any participation tool would report it, for tests of the modules that listen
 * for it.
 */
public record TestInput(String tool, String reference, @Nullable Long authorAccount, String excerpt, String path,
		@Nullable String scope) implements InputReceived {

	/** Input from no account, filed under a scope, in the calls for ideas. */
	public static TestInput said(String excerpt, String scope) {
		return new TestInput("proposals", "test:" + excerpt, null, excerpt, "/proposals", scope);
	}

}
