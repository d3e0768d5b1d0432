package org.copro.budgeting;

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

/**
 * A project on a process's ballot, with its cost and the reviewers' note on feasibility.
 */
@Entity
@Table(name = "pb_project")
class BudgetProject {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long processId;

	private long headingId;

	private String title = "";

	private String description = "";

	private String language = "en";

	private long cost;

	private @Nullable String feasibility;

	@Enumerated(EnumType.STRING)
	private ProjectReview review = ProjectReview.FEASIBLE;

	private @Nullable String reviewReason;

	private String reviewLanguage = "en";

	private @Nullable Long proposerId;

	private Instant createdAt = Instant.now();

	protected BudgetProject() {
	}

	BudgetProject(long processId, long headingId, String title, String description, String language, long cost,
			@Nullable String feasibility) {
		this.language = language;
		this.processId = processId;
		this.headingId = headingId;
		this.title = title.strip();
		this.description = description.strip();
		this.cost = cost;
		this.feasibility = feasibility == null || feasibility.isBlank() ? null : feasibility.strip();
	}

	/** A resident's idea, waiting for the reviewers. */
	static BudgetProject idea(long processId, long headingId, String title, String description, String language,
			long cost, AccountId proposer) {
		BudgetProject idea = new BudgetProject(processId, headingId, title, description, language, cost, null);
		idea.review = ProjectReview.PENDING;
		idea.proposerId = proposer.value();
		return idea;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Project not saved yet");
		}
		return id;
	}

	long processId() {
		return processId;
	}

	public long headingId() {
		return headingId;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public long cost() {
		return cost;
	}

	public @Nullable String feasibility() {
		return feasibility;
	}

	public ProjectReview review() {
		return review;
	}

	public @Nullable String reviewReason() {
		return reviewReason;
	}

	/** Whether a resident proposed it (rather than a facilitator adding it). */
	/**
	 * The language the title and description are written in: {@code en} or {@code cy}.
	 */
	public String language() {
		return language;
	}

	/** The language the reviewers' reason is written in: {@code en} or {@code cy}. */
	public String reviewLanguage() {
		return reviewLanguage;
	}

	public boolean idea() {
		return proposerId != null || review == ProjectReview.PENDING || reviewReason != null;
	}

	public boolean onBallot() {
		return review == ProjectReview.FEASIBLE;
	}

	@Nullable Long proposerId() {
		return proposerId;
	}

	/**
	 * Records the reviewers' decision, the cost they found and their public reason,
	 * written in the given language.
	 */
	void review(ProjectReview decision, long reviewedCost, String reason, String language) {
		if (decision == ProjectReview.PENDING) {
			throw new IllegalArgumentException("A review decides");
		}
		this.review = decision;
		this.cost = reviewedCost;
		this.reviewReason = reason.strip();
		this.reviewLanguage = language;
	}

	void forgetProposer() {
		proposerId = null;
	}

}
