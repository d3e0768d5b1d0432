package org.copro.budgeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A project on a process's ballot, with its cost and the reviewers' note on feasibility. */
@Entity
@Table(name = "pb_project")
class BudgetProject {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long processId;

	private String title = "";

	private String description = "";

	private long cost;

	private @Nullable String feasibility;

	private Instant createdAt = Instant.now();

	protected BudgetProject() {
	}

	BudgetProject(long processId, String title, String description, long cost, @Nullable String feasibility) {
		this.processId = processId;
		this.title = title.strip();
		this.description = description.strip();
		this.cost = cost;
		this.feasibility = feasibility == null || feasibility.isBlank() ? null : feasibility.strip();
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
}
