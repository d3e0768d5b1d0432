package org.copro.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * Periods as people write them: "2018", "2018–19", "2009–2011", "since 2018".
 */
final class Periods {

	private Periods() {
	}

	static String describe(@Nullable Integer start, @Nullable Integer end) {
		if (start == null) {
			return end == null ? "" : String.valueOf(end);
		}
		if (end == null || end.equals(start)) {
			return String.valueOf(start);
		}
		if (start / 100 == end / 100) {
			return start + "\u2013" + String.format("%02d", end % 100);
		}
		return start + "\u2013" + end;
	}

}
