package org.copro.decisions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByDecisionIdOrderById(long decisionId);

	List<Objection> findByDecisionIdAndObjectorIdAndStatus(long decisionId, long objectorId, ObjectionStatus status);

	List<Objection> findByObjectorId(long objectorId);

}
