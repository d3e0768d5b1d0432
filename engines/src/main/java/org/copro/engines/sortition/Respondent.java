package org.copro.engines.sortition;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One volunteer in the pool.
 *
 * @param id the identifier from the respondents file
 * @param features the answer to each category, keyed by category name
 * @param household a key shared by volunteers at the same address, or null when no
 * address is known
 */
public record Respondent(String id, Map<String, String> features, @Nullable String household) {

	public Respondent {
		features = Map.copyOf(features);
	}
}
