package org.copro.proposals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** One person's support for one proposal; the database keeps it to one per person. */
@Entity
@Table(name = "prop_support")
class ProposalSupport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long proposalId;

	private long supporterId;

	private Instant createdAt = Instant.now();

	protected ProposalSupport() {
	}

	ProposalSupport(long proposalId, AccountId supporter) {
		this.proposalId = proposalId;
		this.supporterId = supporter.value();
	}

	long proposalId() {
		return proposalId;
	}

	Instant createdAt() {
		return createdAt;
	}

}
