package org.copro.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A single-use link sent by email. Only a hash of the token is stored, so a database copy
 * cannot be used to sign in.
 */
@Entity
@Table(name = "identity_token")
class AccountToken {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose = Purpose.VERIFY_EMAIL;

	@Column(unique = true)
	private String tokenHash = "";

	private Instant expiresAt = Instant.EPOCH;

	private @Nullable Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(long accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	long accountId() {
		return accountId;
	}

	Purpose purpose() {
		return purpose;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
