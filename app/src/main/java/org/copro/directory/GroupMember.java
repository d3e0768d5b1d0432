package org.copro.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A member of a local group; organisers post announcements and meetings. */
@Entity
@Table(name = "dir_group_member")
class GroupMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long groupId;

	private long accountId;

	private boolean organiser;

	private Instant joinedAt = Instant.now();

	protected GroupMember() {
	}

	GroupMember(long groupId, long accountId, boolean organiser) {
		this.groupId = groupId;
		this.accountId = accountId;
		this.organiser = organiser;
	}

	public long groupId() {
		return groupId;
	}

	public long accountId() {
		return accountId;
	}

	public boolean organiser() {
		return organiser;
	}

	public Instant joinedAt() {
		return joinedAt;
	}

}
