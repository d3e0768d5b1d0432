package org.copro.directory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many messages one person may send through organisations' contact forms in an
 * hour.
 */
@Component
class ContactLimiter {

	private static final int MAX_TRACKED = 100_000;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int messagesPerHour;

	ContactLimiter(@Value("${copro.directory.contact-messages-per-hour:5}") int messagesPerHour) {
		this.messagesPerHour = messagesPerHour;
	}

	/**
	 * Takes one message from the person's allowance; false when they have used it up for
	 * now.
	 */
	boolean tryAcquire(long accountId) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets
			.computeIfAbsent(accountId,
					ignored -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(messagesPerHour)
							.refillGreedy(messagesPerHour, Duration.ofHours(1))
							.build())
						.build())
			.tryConsume(1);
	}

}
