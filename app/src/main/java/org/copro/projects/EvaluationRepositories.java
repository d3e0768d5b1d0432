package org.copro.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

	List<Outcome> findByProjectIdOrderByIdAsc(long projectId);

}

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

	List<Measurement> findByOutcomeIdOrderByMeasuredOnAscIdAsc(long outcomeId);

}
