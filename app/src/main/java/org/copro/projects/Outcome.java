package org.copro.projects;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * An outcome the project works towards, the indicator that shows it, and where that
 * indicator started.
 */
@Entity
@Table(name = "project_outcome")
class Outcome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private String title = "";

	private String indicator = "";

	private BigDecimal baseline = BigDecimal.ZERO;

	private Instant createdAt = Instant.now();

	protected Outcome() {
	}

	Outcome(long projectId, String title, String indicator, BigDecimal baseline) {
		this.projectId = projectId;
		this.title = title.strip();
		this.indicator = indicator.strip();
		this.baseline = baseline;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Outcome not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public String title() {
		return title;
	}

	public String indicator() {
		return indicator;
	}

	public BigDecimal baseline() {
		return baseline.stripTrailingZeros();
	}

}
