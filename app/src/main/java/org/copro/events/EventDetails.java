package org.copro.events;

/**
 * What an organiser says about an event, in both languages (either may be left empty).
 */
record EventDetails(String titleEn, String titleCy, String descriptionEn, String descriptionCy, int capacity,
		String facilitators) {
}
