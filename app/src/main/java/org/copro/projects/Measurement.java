package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One reading of an outcome's indicator. */
@Entity
@Table(name = "project_measurement")
class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long outcomeId;

	private LocalDate measuredOn = LocalDate.now();

	private BigDecimal amount = BigDecimal.ZERO;

	private String note = "";

	protected Measurement() {
	}

	Measurement(long outcomeId, LocalDate measuredOn, BigDecimal amount, String note) {
		this.outcomeId = outcomeId;
		this.measuredOn = measuredOn;
		this.amount = amount;
		this.note = note.strip();
	}

	long outcomeId() {
		return outcomeId;
	}

	public LocalDate measuredOn() {
		return measuredOn;
	}

	public BigDecimal amount() {
		return amount.stripTrailingZeros();
	}

	public String note() {
		return note;
	}

}
