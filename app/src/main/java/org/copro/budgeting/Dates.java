package org.copro.budgeting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates as message arguments: messages format them with {@code {0,date,d MMMM yyyy}} in
 * the reader's language.
 */
final class Dates {

	private Dates() {
	}

	/**
	 * Noon UTC on the day, so that the day is the same in any server time zone that
	 * formats it.
	 */
	static Date of(LocalDate day) {
		return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

}
