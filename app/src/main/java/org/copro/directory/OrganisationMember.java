package org.copro.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A person who works or volunteers for an organisation; managers may edit its entry. */
@Entity
@Table(name = "dir_organisation_member")
class OrganisationMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long organisationId;

	private long accountId;

	private boolean manager;

	private Instant joinedAt = Instant.now();

	protected OrganisationMember() {
	}

	OrganisationMember(long organisationId, long accountId, boolean manager) {
		this.organisationId = organisationId;
		this.accountId = accountId;
		this.manager = manager;
	}

	public long organisationId() {
		return organisationId;
	}

	public long accountId() {
		return accountId;
	}

	public boolean manager() {
		return manager;
	}

	public Instant joinedAt() {
		return joinedAt;
	}

}
