package org.copro.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One person's consent that one other person may see their contact details; withdrawing
 * deletes it.
 */
@Entity
@Table(name = "dir_contact_grant")
class ContactGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long ownerId;

	private long granteeId;

	private Instant grantedAt = Instant.now();

	protected ContactGrant() {
	}

	ContactGrant(long ownerId, long granteeId) {
		this.ownerId = ownerId;
		this.granteeId = granteeId;
	}

	public long ownerId() {
		return ownerId;
	}

	public long granteeId() {
		return granteeId;
	}

	public Instant grantedAt() {
		return grantedAt;
	}

}
