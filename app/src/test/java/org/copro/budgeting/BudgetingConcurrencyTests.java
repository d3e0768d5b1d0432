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

/**
 * No ballot lost or counted twice when thousands arrive at once in two areas, some of
 * them the same voter's, and each area keeps its own count.
 */
@SpringBootTest
class BudgetingConcurrencyTests {

	/** Account ids for voters who never sign in: far above any real account's id. */
	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_000_000_000L);

	@Autowired
	Budgeting budgeting;

	@Test
	void threeThousandParallelBallotsInTwoAreasAreCountedExactlyOnceEach() throws Exception {
		long id = budgeting.create("Parallel", "Many voters at once", 1000, "GBP", 1, 3, CountingRule.MES,
				new AccountId(NEXT_ACCOUNT.incrementAndGet()));
		assertThat(budgeting.addHeading(id, "North ward", 500)).isTrue();
		long town = budgeting.headings(id).get(0).id();
		long north = budgeting.headings(id).get(1).id();
		for (int i = 0; i < 5; i++) {
			budgeting.addProject(id, town, "Project " + i, "Described", "en", 100 + 50 * i, null);
		}
		budgeting.addProject(id, north, "North A", "Described", "en", 200, null);
		budgeting.addProject(id, north, "North B", "Described", "en", 300, null);
		budgeting.openVoting(id);
		List<Long> projects = budgeting.ballotProjects(id, town).stream().map(BudgetProject::id).toList();
		List<Long> northProjects = budgeting.ballotProjects(id, north).stream().map(BudgetProject::id).toList();
		int voters = 1_600;
		long first = NEXT_ACCOUNT.getAndAdd(voters) + 1;
		List<Runnable> casts = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			AccountId voter = new AccountId(first + i);
			Set<Long> choice = Set.of(projects.get(i % 5), projects.get((i + 1) % 5));
			casts.add(() -> assertThat(budgeting.castBallot(id, town, voter, Budgeting.ticked(choice))).isEmpty());
		}
		// 1,000 of the same voters also vote in the north, at the same time as in the
		// whole town.
		for (int i = 0; i < 1_000; i++) {
			AccountId voter = new AccountId(first + i);
			Set<Long> choice = Set.of(northProjects.get(i % 2));
			casts.add(() -> assertThat(budgeting.castBallot(id, north, voter, Budgeting.ticked(choice))).isEmpty());
		}
		// 400 voters send a second ballot at the same time as their first: it must change
		// it, not add one.
		for (int i = 0; i < 400; i++) {
			AccountId voter = new AccountId(first + i * 4);
			Set<Long> choice = Set.of(projects.get(4));
			casts.add(() -> assertThat(budgeting.castBallot(id, town, voter, Budgeting.ticked(choice))).isEmpty());
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
		assertThat(casts).hasSize(3_000);
		assertThat(budgeting.ballotCount(id, town)).isEqualTo(voters);
		assertThat(budgeting.ballotCount(id, north)).isEqualTo(1_000);
		assertThat(budgeting.ballotCount(id)).isEqualTo(voters + 1_000);
		assertThat(budgeting.election(id, town).votes()).hasSize(voters);
		assertThat(budgeting.election(id, north).votes()).hasSize(1_000);
		assertThat(budgeting.closeVoting(id)).isTrue();
		assertThat(budgeting.count(id, town).selected()).isNotEmpty();
		assertThat(budgeting.count(id, north).selected())
			.isEqualTo(
					org.copro.engines.budgeting.PbTally.tally(budgeting.election(id, north), CountingRule.MES.options())
						.selected())
			.isNotEmpty();
	}

}
