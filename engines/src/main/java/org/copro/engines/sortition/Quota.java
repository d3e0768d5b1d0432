package org.copro.engines.sortition;

/**
 * How many panel members must share one feature: between {@code min} and {@code max}
 * members whose answer in {@code category} is {@code value}.
 *
 * @param category the question, e.g. {@code gender}
 * @param value the answer, e.g. {@code female} (the Sortition Foundation calls it a
 * feature)
 * @param min the fewest panel members with this answer
 * @param max the most panel members with this answer
 */
public record Quota(String category, String value, int min, int max) {

	public Quota {
		if (min < 0 || max < min) {
			throw new IllegalArgumentException("quota " + category + "/" + value + " needs 0 <= min <= max");
		}
	}

	/** A short name for reports: {@code category/value}. */
	public String label() {
		return category + "/" + value;
	}
}
