package org.copro.projects;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A member's claim for what taking part cost them. When the claimant deletes their
 * account the claim stays for the finance records, from a former member.
 */
@Entity
@Table(name = "project_claim")
// An update writes only what changed, so that a lead deciding on a claim just as its
// claimant's account is deleted keeps the claimant forgotten
// (ClaimRepository.forgetClaimant).
@DynamicUpdate
class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private @Nullable Long claimantId;

	@Enumerated(EnumType.STRING)
	private ClaimCategory category = ClaimCategory.OTHER;

	private long amountPence;

	private String description = "";

	private @Nullable String receiptFile;

	private @Nullable String receiptType;

	@Enumerated(EnumType.STRING)
	private ClaimStatus status = ClaimStatus.SUBMITTED;

	private @Nullable String reason;

	private Instant submittedAt = Instant.now();

	private @Nullable Instant decidedAt;

	private @Nullable Instant paidAt;

	@Version
	private long version;

	protected Claim() {
	}

	Claim(long projectId, AccountId claimant, ClaimCategory category, long amountPence, String description) {
		this.projectId = projectId;
		this.claimantId = claimant.value();
		this.category = category;
		this.amountPence = amountPence;
		this.description = description.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Claim not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public @Nullable Long claimantId() {
		return claimantId;
	}

	public ClaimCategory category() {
		return category;
	}

	public long amountPence() {
		return amountPence;
	}

	/** The amount in pounds, exactly, e.g. 12.50. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(amountPence, 2);
	}

	public String description() {
		return description;
	}

	public boolean hasReceipt() {
		return receiptFile != null;
	}

	@Nullable String receiptFile() {
		return receiptFile;
	}

	@Nullable String receiptType() {
		return receiptType;
	}

	public ClaimStatus status() {
		return status;
	}

	public @Nullable String reason() {
		return reason;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable Instant paidAt() {
		return paidAt;
	}

	void attachReceipt(String file, String type) {
		receiptFile = file;
		receiptType = type;
	}

	boolean approve() {
		if (status != ClaimStatus.SUBMITTED) {
			return false;
		}
		status = ClaimStatus.APPROVED;
		decidedAt = Instant.now();
		return true;
	}

	boolean reject(String why) {
		if (status != ClaimStatus.SUBMITTED) {
			return false;
		}
		status = ClaimStatus.REJECTED;
		reason = why.strip();
		decidedAt = Instant.now();
		return true;
	}

	boolean pay() {
		if (status != ClaimStatus.APPROVED) {
			return false;
		}
		status = ClaimStatus.PAID;
		paidAt = Instant.now();
		return true;
	}

}
