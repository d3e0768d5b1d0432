package org.copro.identity;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person's account. A deleted account keeps only its id, so contributions can say
 * "former participant".
 */
@Entity
@Table(name = "identity_account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(unique = true)
	private @Nullable String email;

	private @Nullable String displayName;

	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role = Role.PARTICIPANT;

	private String language = "en";

	private boolean emailVerified;

	private Instant createdAt = Instant.now();

	private @Nullable Instant deletedAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Locale language) {
		this.email = normalise(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.language = "cy".equals(language.getLanguage()) ? "cy" : "en";
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	AccountId id() {
		if (id == null) {
			throw new IllegalStateException("Account not saved yet");
		}
		return new AccountId(id);
	}

	@Nullable String email() {
		return email;
	}

	@Nullable String displayName() {
		return displayName;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	Locale language() {
		return Locale.forLanguageTag(language);
	}

	boolean emailVerified() {
		return emailVerified;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean deleted() {
		return deletedAt != null;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void changeLanguage(Locale language) {
		this.language = "cy".equals(language.getLanguage()) ? "cy" : "en";
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void verifyEmail() {
		this.emailVerified = true;
	}

	/**
	 * Forgets everything that identifies the person; the id stays so their contributions
	 * stay.
	 */
	void anonymise() {
		this.email = null;
		this.displayName = null;
		this.passwordHash = null;
		this.emailVerified = false;
		this.role = Role.PARTICIPANT;
		this.deletedAt = Instant.now();
	}

}
