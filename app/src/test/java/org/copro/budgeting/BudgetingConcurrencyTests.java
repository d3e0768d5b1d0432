package org.copro.budgeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** No ballot lost or counted twice when thousands arrive at once, some of them the same voter's. */
@SpringBootTest
class BudgetingConcurrencyTests {

	/** Account ids for voters who never sign in: far above any real account's id. */
	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_000_000_000L);

	@Autowired
	Budgeting budgeting;

	@Test
	void twoThousandParallelBallotsAreCountedExactlyOnceEach() throws Exception {
		long id = budgeting.create("Parallel", "Many voters at once", 1000, "GBP", 1, 3, CountingRule.MES,
				new AccountId(NEXT_ACCOUNT.incrementAndGet()));
		for (int i = 0; i < 5; i++) {
			budgeting.addProject(id, "Project " + i, "Described", 100 + 50 * i, null);
		}
		budgeting.openVoting(id);
		List<Long> projects = budgeting.projects(id).stream().map(BudgetProject::id).toList();
		int voters = 1_600;
		long first = NEXT_ACCOUNT.getAndAdd(voters) + 1;
		List<Runnable> casts = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			AccountId voter = new AccountId(first + i);
			Set<Long> choice = Set.of(projects.get(i % 5), projects.get((i + 1) % 5));
			casts.add(() -> assertThat(budgeting.castBallot(id, voter, choice)).isEmpty());
		}
		// 400 voters send a second ballot at the same time as their first: it must change it, not add one.
		for (int i = 0; i < 400; i++) {
			AccountId voter = new AccountId(first + i * 4);
			Set<Long> choice = Set.of(projects.get(4));
			casts.add(() -> assertThat(budgeting.castBallot(id, voter, choice)).isEmpty());
		}
		java.util.Collections.shuffle(casts, new java.util.Random(42));
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> done = new ArrayList<>();
			casts.forEach(cast -> done.add(pool.submit(cast)));
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(casts).hasSize(2_000);
		assertThat(budgeting.ballotCount(id)).isEqualTo(voters);
		assertThat(budgeting.election(id).votes()).hasSize(voters);
		assertThat(budgeting.closeVoting(id)).isTrue();
		assertThat(budgeting.count(id).selected()).isNotEmpty();
	}
}
