package org.copro.budgeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A district or heading of a process, with its own budget: projects belong to one, a
 * voter casts one ballot in each, and each is counted on its own.
 */
@Entity
@Table(name = "pb_heading")
class BudgetHeading {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long processId;

	private String name = "";

	private long budget;

	protected BudgetHeading() {
	}

	BudgetHeading(long processId, String name, long budget) {
		this.processId = processId;
		this.name = name.strip();
		this.budget = budget;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Heading not saved yet");
		}
		return id;
	}

	long processId() {
		return processId;
	}

	public String name() {
		return name;
	}

	public long budget() {
		return budget;
	}

}
