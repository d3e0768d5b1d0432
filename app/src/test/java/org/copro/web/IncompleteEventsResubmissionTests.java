package org.copro.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module event whose listener failed is delivered again by the scheduled job once it is
 * old enough, not only at the next restart.
 */
@SpringBootTest
@Import(IncompleteEventsResubmissionTests.Listening.class)
class IncompleteEventsResubmissionTests {

	/** An event for a listener that fails the first time it hears of it. */
	public record Flaky(String id) {
	}

	// Read through methods: the test holds the listener's proxy, whose fields are not the
	// listener's.
	static class FlakyListener {

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Set<String> delivered = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		void on(Flaky event) {
			if (attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("Fails the first time, as when a mail server is down");
			}
			delivered.add(event.id());
		}

		int attempts(String id) {
			AtomicInteger count = attempts.get(id);
			return count == null ? 0 : count.get();
		}

		boolean delivered(String id) {
			return delivered.contains(id);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

	@Autowired
	IncompleteEventsResubmission job;

	@Autowired
	FlakyListener listener;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEventWhoseListenerFailedIsDeliveredAgainByTheJobOnceOldEnough() throws InterruptedException {
		String id = UUID.randomUUID().toString();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(new Flaky(id)));
		waitUntil(() -> "FAILED".equals(status(id)));
		assertThat(listener.delivered(id)).isFalse();

		// A few seconds old: left alone, as a listener may still be at work on it.
		job.resubmitIncompleteEvents();
		assertThat(status(id)).isEqualTo("FAILED");
		assertThat(listener.attempts(id)).isEqualTo(1);

		// Published ten minutes ago. A run of ours that meets a scheduled run (lock held)
		// is skipped, so it is tried again while the publication is still failed.
		jdbc.update("UPDATE event_publication SET publication_date = ? WHERE serialized_event LIKE ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), "%" + id + "%");
		for (int attempt = 0; attempt < 50 && "FAILED".equals(status(id)); attempt++) {
			job.resubmitIncompleteEvents();
			Thread.sleep(20);
		}
		waitUntil(() -> listener.delivered(id) && "COMPLETED".equals(status(id)));

		assertThat(listener.delivered(id)).isTrue();
		assertThat(listener.attempts(id)).isEqualTo(2);
		assertThat(status(id)).isEqualTo("COMPLETED");
	}

	private String status(String id) {
		List<String> statuses = jdbc.queryForList("SELECT status FROM event_publication WHERE serialized_event LIKE ?",
				String.class, "%" + id + "%");
		assertThat(statuses).hasSize(1);
		return statuses.get(0);
	}

	/** Waits for what a listener does on another thread, for at most ten seconds. */
	private static void waitUntil(BooleanSupplier done) throws InterruptedException {
		for (int wait = 0; wait < 200 && !done.getAsBoolean(); wait++) {
			Thread.sleep(50);
		}
	}

}
