package org.copro.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security holds them: their account id travels with the
 * session.
 */
public class SignedInAccount extends User {

	private final long accountId;

	private final String displayName;

	private final Locale language;

	SignedInAccount(long accountId, String email, String passwordHash, String displayName, Role role, Locale language) {
		super(email, passwordHash, authoritiesOf(role));
		this.accountId = accountId;
		this.displayName = displayName;
		this.language = language;
	}

	private static List<GrantedAuthority> authoritiesOf(Role role) {
		// A role includes every role below it, so pages need to ask for one role only.
		return java.util.Arrays.stream(Role.values())
			.filter(each -> each.ordinal() <= role.ordinal())
			.<GrantedAuthority>map(each -> new SimpleGrantedAuthority(each.authority()))
			.toList();
	}

	public AccountId account() {
		return new AccountId(accountId);
	}

	public String displayName() {
		return displayName;
	}

	Locale language() {
		return language;
	}

}
