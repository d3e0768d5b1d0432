package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcomes, their measurements over time, the next review and the published report. */
@Service
class Evaluation {

	/** How many days before a review its members are reminded of it. */
	static final int REMIND_DAYS_BEFORE = 7;

	private final OutcomeRepository outcomes;

	private final MeasurementRepository measurements;

	private final ProjectRepository projects;

	private final MemberRepository members;

	// Accounts asks every module for personal data, this one included: look it up when
	// needed, not at start.
	private final ObjectProvider<Accounts> accounts;

	private final String baseUrl;

	Evaluation(OutcomeRepository outcomes, MeasurementRepository measurements, ProjectRepository projects,
			MemberRepository members, ObjectProvider<Accounts> accounts, @Value("${copro.base-url}") String baseUrl) {
		this.outcomes = outcomes;
		this.measurements = measurements;
		this.projects = projects;
		this.members = members;
		this.accounts = accounts;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Transactional
	long addOutcome(long projectId, String title, String indicator, BigDecimal baseline) {
		return outcomes.save(new Outcome(projectId, title, indicator, baseline)).id();
	}

	@Transactional
	void measure(long projectId, long outcomeId, LocalDate on, BigDecimal amount, String note) {
		outcomes.findById(outcomeId)
			.filter(found -> found.projectId() == projectId)
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

	/**
	 * Reminds every member of each project whose review falls within the coming week,
	 * once per review date: the project is marked before anyone is written to, so a
	 * failure part-way reminds nobody twice.
	 * @return the people reminded, per project
	 */
	@Transactional(readOnly = true)
	Map<Long, List<AccountId>> remindReviews(LocalDate today) {
		Map<Long, List<AccountId>> reminded = new LinkedHashMap<>();
		for (Project project : projects.findByNextReviewOnBetween(today, today.plusDays(REMIND_DAYS_BEFORE))) {
			if (!project.reviewReminderDue(today, REMIND_DAYS_BEFORE)) {
				continue;
			}
			// Marked at once and without raising the project's version, so that members
			// editing the project meanwhile neither fail nor make this run fail.
			if (projects.claimReviewReminder(project.id(), project.nextReviewOn()) != 1) {
				continue;
			}
			List<AccountId> people = new ArrayList<>();
			for (Member member : members.findByProjectIdOrderByJoinedAtAscIdAsc(project.id())) {
				if (accounts.getObject()
					.sendNotice(member.account(), "projects.mail.review-reminder", project.title(),
							String.valueOf(project.nextReviewOn()),
							baseUrl + "/projects/" + project.id() + "/evaluation")) {
					people.add(member.account());
				}
			}
			reminded.put(project.id(), people);
		}
		return reminded;
	}

	private Project project(long projectId) {
		return projects.findById(projectId).orElseThrow(() -> new ProjectNotFoundException("project " + projectId));
	}

}
