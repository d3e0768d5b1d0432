package org.copro.projects;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** One person's membership of one project. */
@Entity
@Table(name = "project_member")
class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private MemberRole role = MemberRole.COMMUNITY_MEMBER;

	private boolean coLead;

	private Instant joinedAt = Instant.now();

	protected Member() {
	}

	Member(long projectId, AccountId account, MemberRole role, boolean coLead) {
		this.projectId = projectId;
		this.accountId = account.value();
		this.role = role;
		this.coLead = coLead;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Member not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public long accountId() {
		return accountId;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	public MemberRole role() {
		return role;
	}

	public boolean coLead() {
		return coLead;
	}

	public Instant joinedAt() {
		return joinedAt;
	}

	void changeRole(MemberRole newRole) {
		role = newRole;
	}

	void makeCoLead(boolean lead) {
		coLead = lead;
	}

}
