package org.copro.engines.budgeting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of the VOTES section.
 *
 * @param voterId the {@code voter_id}
 * @param projects the listed project ids in file order (for ordinal ballots: most
 * preferred first)
 * @param points the {@code points} cells, one per listed project, or {@code null} when
 * absent
 * @param fields every cell of the row by column name, in file order
 * @param line the line of the row in its file
 */
public record PbVote(String voterId, List<String> projects, @Nullable List<BigDecimal> points,
		Map<String, String> fields, int line) {

	public PbVote {
		projects = List.copyOf(projects);
		points = points == null ? null : List.copyOf(points);
		// Rows read from a file arrive immutable already; anything else is copied.
		fields = fields instanceof RowFields ? fields
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}
}
