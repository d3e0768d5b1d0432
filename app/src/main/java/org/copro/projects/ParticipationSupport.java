package org.copro.projects;

import java.util.List;
import java.util.Optional;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expense claims and access needs: what helps people take part. */
@Service
class ParticipationSupport {

	private final ClaimRepository claims;

	private final AccessNeedRepository needs;

	ParticipationSupport(ClaimRepository claims, AccessNeedRepository needs) {
		this.claims = claims;
		this.needs = needs;
	}

	@Transactional
	long submit(long projectId, AccountId claimant, ClaimCategory category, long amountPence, String description,
			@Nullable String receiptFile, @Nullable String receiptType) {
		Claim claim = new Claim(projectId, claimant, category, amountPence, description);
		if (receiptFile != null && receiptType != null) {
			claim.attachReceipt(receiptFile, receiptType);
		}
		return claims.save(claim).id();
	}

	@Transactional(readOnly = true)
	List<Claim> all(long projectId) {
		return claims.findByProjectIdOrderBySubmittedAtDescIdDesc(projectId);
	}

	@Transactional(readOnly = true)
	List<Claim> of(long projectId, AccountId claimant) {
		return claims.findByProjectIdAndClaimantIdOrderBySubmittedAtDescIdDesc(projectId, claimant.value());
	}

	@Transactional(readOnly = true)
	Claim find(long projectId, long claimId) {
		return claims.findById(claimId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("claim " + claimId));
	}

	@Transactional
	boolean approve(long projectId, long claimId) {
		return find(projectId, claimId).approve();
	}

	@Transactional
	boolean reject(long projectId, long claimId, String reason) {
		return find(projectId, claimId).reject(reason);
	}

	@Transactional
	boolean pay(long projectId, long claimId) {
		return find(projectId, claimId).pay();
	}

	@Transactional(readOnly = true)
	Optional<AccessNeed> need(long projectId, AccountId person) {
		return needs.findByProjectIdAndAccountId(projectId, person.value());
	}

	@Transactional(readOnly = true)
	List<AccessNeed> needs(long projectId) {
		return needs.findByProjectIdOrderByIdAsc(projectId);
	}

	/** Records or changes a person's access needs; an empty text removes them. */
	@Transactional
	void recordNeed(long projectId, AccountId person, String text) {
		Optional<AccessNeed> existing = needs.findByProjectIdAndAccountId(projectId, person.value());
		if (text.isBlank()) {
			existing.ifPresent(needs::delete);
		}
		else if (existing.isPresent()) {
			existing.get().change(text);
		}
		else {
			needs.save(new AccessNeed(projectId, person.value(), text));
		}
	}

	@Transactional(readOnly = true)
	List<Claim> claimsOf(AccountId person) {
		return claims.findByClaimantId(person.value());
	}

	@Transactional(readOnly = true)
	List<AccessNeed> needsOf(AccountId person) {
		return needs.findByAccountId(person.value());
	}

	/**
	 * Access needs go with the account; claims stay for the finance records, from a
	 * former member.
	 */
	@Transactional
	void forget(AccountId person) {
		needs.deleteByAccountId(person.value());
		claims.forgetClaimant(person.value());
	}

}
