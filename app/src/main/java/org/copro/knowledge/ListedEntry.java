package org.copro.knowledge;

import java.util.List;

/**
 * What a list of results shows of an entry. The index keeps these fields (and the body,
 * to cut a snippet from), so that a page of results is read from the index alone, with no
 * trip to the database.
 */
record ListedEntry(Long id, String externalId, EntryType type, String title, String summary, String period,
		List<String> places, String language) {

	/** The index's own fields for what a result shows; the others share their names. */
	static final String BODY = "body_stored";

	static final String PERIOD = "period_label";

	static final String PLACES = "place_names";

	static ListedEntry of(KnowledgeEntry entry) {
		return new ListedEntry(entry.id(), entry.externalId(), entry.type(), entry.title(), entry.summary(),
				entry.period(), entry.places(), entry.language());
	}

	/**
	 * The entry as the index keeps it, with its body.
	 * @param type the type's code
	 */
	static WithBody stored(Long id, String externalId, String type, String title, String summary, String period,
			List<String> places, String language, String body) {
		return new WithBody(new ListedEntry(id, externalId, EntryType.fromCode(type).orElseThrow(), title, summary,
				period, List.copyOf(places), language), body);
	}

	/** An entry found, with the body its snippet is cut from. */
	record WithBody(ListedEntry entry, String body) {
	}

}
