package org.copro.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A related publication as a contributor writes it on one line: the citation, then a web
 * link.
 */
record Publication(String citation, String url) {

	/**
	 * The publications of a text, one a line; lines that do not read as a publication are
	 * left out.
	 */
	static List<Publication> parseAll(String text) {
		List<Publication> all = new ArrayList<>();
		for (String line : text.split("\n")) {
			Publication publication = parse(line);
			if (publication != null) {
				all.add(publication);
			}
		}
		return all;
	}

	/**
	 * A line's publication, or null when it has no citation before a last word that is an
	 * http(s) link.
	 */
	static @Nullable Publication parse(String line) {
		String text = line.strip();
		int space = text.lastIndexOf(' ');
		if (space <= 0) {
			return null;
		}
		String url = text.substring(space + 1);
		String citation = text.substring(0, space).strip();
		return citation.isEmpty() || !isWebLink(url) ? null : new Publication(citation, url);
	}

	/**
	 * True for an absolute http or https link with a host, the only links an entry may
	 * carry.
	 */
	static boolean isWebLink(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
					|| scheme.toLowerCase(Locale.ROOT).equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}
}
