package org.copro.decisions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByDecisionIdOrderById(long decisionId);

	List<Objection> findByDecisionIdAndObjectorIdAndStatus(long decisionId, long objectorId, ObjectionStatus status);

	List<Objection> findByObjectorId(long objectorId);

	/**
	 * Forgets whose objections these were, without raising their versions: an objector's
	 * account may be deleted while the facilitator addresses their objection, and neither
	 * must fail for the other.
	 */
	@Modifying
	@Query("update Objection o set o.objectorId = null where o.objectorId = ?1")
	int forgetObjector(long objectorId);

}
