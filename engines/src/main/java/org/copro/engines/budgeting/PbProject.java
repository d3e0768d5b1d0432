package org.copro.engines.budgeting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the PROJECTS section.
 *
 * @param id the {@code project_id}
 * @param cost the exact cost
 * @param fields every cell of the row by column name, in file order (including id and
 * cost)
 * @param line the line of the row in its file
 */
public record PbProject(String id, BigDecimal cost, Map<String, String> fields, int line) {

	public PbProject {
		// Rows read from a file arrive immutable already; anything else is copied.
		fields = fields instanceof RowFields ? fields
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	/**
	 * Whether the city's published result funded this project (the {@code selected}
	 * column).
	 */
	public boolean selected() {
		String value = fields.get("selected");
		return value != null && (value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
	}
}
