package org.copro.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of evidence an entry is; the code is what files and URLs carry.
 */
enum EntryType {

	CASE("case"), METHOD("method"), ORGANISATION("organisation"), RESEARCH("research"), GUIDE("guide"),
	PUBLICATION("publication");

	private final String code;

	EntryType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static Optional<EntryType> fromCode(String code) {
		String normal = code.strip().toLowerCase(Locale.ROOT);
		if (normal.equals("organization")) {
			normal = "organisation";
		}
		if (normal.equals("case study") || normal.equals("case-study")) {
			normal = "case";
		}
		if (normal.equals("toolkit") || normal.equals("guide/toolkit")) {
			normal = "guide";
		}
		for (EntryType type : values()) {
			if (type.code.equals(normal)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
