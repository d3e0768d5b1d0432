package org.copro.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts with a given role for any module's tests, made without going through sign-up.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private final JdbcTemplate jdbc;

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	private String passwordHash;

	public TestAccounts(JdbcTemplate jdbc, UserDetailsService users, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
	}

	/**
	 * A new verified account; its email address is returned so that a browser can sign in
	 * with it.
	 */
	public String create(String displayName, Role role) {
		if (passwordHash == null) {
			passwordHash = passwords.encode(PASSWORD);
		}
		String email = "person-" + UUID.randomUUID() + "@example.org";
		jdbc.update(
				"INSERT INTO identity_account (email, display_name, password_hash, role, language, email_verified,"
						+ " created_at, version) VALUES (?, ?, ?, ?, 'en', TRUE, ?, 0)",
				email, displayName, passwordHash, role.name(), Timestamp.from(Instant.now()));
		return email;
	}

	public SignedInAccount signedIn(String email) {
		return (SignedInAccount) users.loadUserByUsername(email);
	}

	public SignedInAccount person(String displayName, Role role) {
		return signedIn(create(displayName, role));
	}

}
