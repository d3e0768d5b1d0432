package org.copro.sortition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of a recruitment's quotas: how many panel members may give one answer, and how
 * many people in the population give it.
 */
@Embeddable
class QuotaTarget {

	private String category = "";

	private String answer = "";

	@Column(name = "min_count")
	private int min;

	@Column(name = "max_count")
	private int max;

	private long population;

	protected QuotaTarget() {
	}

	QuotaTarget(String category, String answer, int min, int max, long population) {
		this.category = category;
		this.answer = answer;
		this.min = min;
		this.max = max;
		this.population = population;
	}

	public String category() {
		return category;
	}

	public String answer() {
		return answer;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	public long population() {
		return population;
	}

}
