package org.copro.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places are never given twice: parallel registrations and cancellations keep the
 * capacity and the queue order.
 */
@SpringBootTest
class RegistrationConcurrencyTests {

	/** Account ids for people who never sign in: far above any real account's id. */
	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(8_000_000_000L);

	private static final Needs NONE = new Needs(null, false, false, null, "en");

	@Autowired
	Events events;

	@Test
	void parallelRegistrationsFillExactlyTheCapacityAndCancellationsPromoteInOrder() throws Exception {
		int capacity = 5;
		long id = events.create(new EventDetails("Busy workshop", "", "Popular.", "", capacity, ""),
				new AccountId(NEXT_ACCOUNT.incrementAndGet()));
		Instant start = Instant.now().plus(7, ChronoUnit.DAYS);
		long session = events.addSession(id, "", start, start.plus(2, ChronoUnit.HOURS), "Hall", null);
		int people = 40;
		long first = NEXT_ACCOUNT.getAndAdd(people) + 1;
		List<Callable<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			AccountId person = new AccountId(first + i);
			tasks.add(() -> events.register(id, person, "Person", "en", NONE, Set.of(session)));
			if (i % 4 == 0) {
				// The same person pressing the button twice: one registration, never two.
				tasks.add(() -> events.register(id, person, "Person", "en", NONE, Set.of(session)));
			}
		}
		runInParallel(tasks);
		List<Registration> all = events.registrations(id);
		assertThat(all).hasSize(people);
		assertThat(all.stream().filter(Registration::confirmed)).hasSize(capacity);
		assertThat(all.stream().filter(Registration::waiting)).hasSize(people - capacity);

		List<Registration> waiting = all.stream().filter(Registration::waiting).toList();
		List<Callable<Object>> cancellations = new ArrayList<>();
		// Every confirmed person and the first three waiting cancel at once.
		all.stream()
			.filter(Registration::confirmed)
			.forEach(r -> cancellations.add(() -> events.cancel(id, r.account())));
		waiting.subList(0, 3).forEach(r -> cancellations.add(() -> events.cancel(id, r.account())));
		runInParallel(cancellations);

		List<Registration> after = events.registrations(id);
		List<Long> confirmed = after.stream().filter(Registration::confirmed).map(Registration::accountId).toList();
		assertThat(confirmed).hasSize(capacity);
		// The places went to people still waiting, never to someone who cancelled, and in
		// queue order.
		List<Long> stillQueued = waiting.subList(3, waiting.size()).stream().map(Registration::accountId).toList();
		assertThat(stillQueued.subList(0, capacity)).containsExactlyInAnyOrderElementsOf(confirmed);
		assertThat(after.stream().filter(Registration::waiting)).hasSize(people - capacity - capacity - 3);
	}

	private static void runInParallel(List<Callable<Object>> tasks) throws Exception {
		Collections.shuffle(tasks, new Random(7));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Object>> done = new ArrayList<>();
			tasks.forEach(task -> done.add(pool.submit(task)));
			for (Future<Object> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
