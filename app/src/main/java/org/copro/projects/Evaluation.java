package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcomes, their measurements over time, the next review and the published report. */
@Service
class Evaluation {

	private final OutcomeRepository outcomes;

	private final MeasurementRepository measurements;

	private final ProjectRepository projects;

	Evaluation(OutcomeRepository outcomes, MeasurementRepository measurements, ProjectRepository projects) {
		this.outcomes = outcomes;
		this.measurements = measurements;
		this.projects = projects;
	}

	@Transactional
	long addOutcome(long projectId, String title, String indicator, BigDecimal baseline) {
		return outcomes.save(new Outcome(projectId, title, indicator, baseline)).id();
	}

	@Transactional
	void measure(long projectId, long outcomeId, LocalDate on, BigDecimal amount, String note) {
		outcomes.findById(outcomeId).filter(found -> found.projectId() == projectId)
				.orElseThrow(() -> new ProjectNotFoundException("outcome " + outcomeId));
		measurements.save(new Measurement(outcomeId, on, amount, note));
	}

	/** Each outcome with its measurements, oldest first. */
	@Transactional(readOnly = true)
	Map<Outcome, List<Measurement>> outcomes(long projectId) {
		Map<Outcome, List<Measurement>> all = new LinkedHashMap<>();
		for (Outcome outcome : outcomes.findByProjectIdOrderByIdAsc(projectId)) {
			all.put(outcome, measurements.findByOutcomeIdOrderByMeasuredOnAscIdAsc(outcome.id()));
		}
		return all;
	}

	@Transactional
	void scheduleReview(long projectId, @Nullable LocalDate on) {
		project(projectId).scheduleReview(on);
	}

	@Transactional
	void publishReport(long projectId, boolean publish) {
		project(projectId).publishReport(publish);
	}

	private Project project(long projectId) {
		return projects.findById(projectId).orElseThrow(() -> new ProjectNotFoundException("project " + projectId));
	}
}
