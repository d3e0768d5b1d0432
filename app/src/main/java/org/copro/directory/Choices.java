package org.copro.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Reads the fixed choices (sectors, areas, offers, …) from form fields and CSV cells. */
final class Choices {

	private Choices() {
	}

	/**
	 * The constant named by the text (case and spaces forgiven), or null when the text
	 * names none.
	 */
	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/** The constants named, or null when any of them names none. */
	static <E extends Enum<E>> @Nullable Set<E> parseAll(Class<E> type, Collection<String> texts) {
		Set<E> result = EnumSet.noneOf(type);
		for (String text : texts) {
			if (text.isBlank()) {
				continue;
			}
			E constant = parse(type, text);
			if (constant == null) {
				return null;
			}
			result.add(constant);
		}
		return result;
	}

}
