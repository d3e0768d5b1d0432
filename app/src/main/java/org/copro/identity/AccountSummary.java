package org.copro.identity;

import java.time.Instant;

/**
 * What the account and administrator pages show of an account.
 */
record AccountSummary(long id, String email, String displayName, Role role, String language, boolean emailVerified,
		Instant createdAt) {

	static AccountSummary of(Account account) {
		return new AccountSummary(account.id().value(), String.valueOf(account.email()),
				String.valueOf(account.displayName()), account.role(), account.language().getLanguage(),
				account.emailVerified(), account.createdAt());
	}
}
