package org.copro.directory;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps a checked import between its preview and the administrator's confirmation, under
 * a random token, for an hour; only the administrator who uploaded it can confirm it, and
 * only once.
 */
@Component
class ImportStash {

	record Stashed(long administrator, OrganisationCsv.Reading reading, Instant at) {
	}

	private static final Duration KEPT = Duration.ofHours(1);

	private static final int MAX = 50;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, Stashed> stash = new LinkedHashMap<>();

	synchronized String put(long administrator, OrganisationCsv.Reading reading) {
		expire();
		while (stash.size() >= MAX) {
			Iterator<String> oldest = stash.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		stash.put(token, new Stashed(administrator, reading, Instant.now()));
		return token;
	}

	synchronized Optional<OrganisationCsv.Reading> get(String token, long administrator) {
		expire();
		return Optional.ofNullable(stash.get(token))
			.filter(found -> found.administrator() == administrator)
			.map(Stashed::reading);
	}

	synchronized Optional<OrganisationCsv.Reading> take(String token, long administrator) {
		Optional<OrganisationCsv.Reading> reading = get(token, administrator);
		reading.ifPresent(found -> stash.remove(token));
		return reading;
	}

	private void expire() {
		Instant limit = Instant.now().minus(KEPT);
		stash.values().removeIf(found -> found.at().isBefore(limit));
	}

}
