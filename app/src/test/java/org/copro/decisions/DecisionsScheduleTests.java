package org.copro.decisions;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs take their lock in the database before they run, so that one node at
 * a time runs each.
 */
@SpringBootTest
class DecisionsScheduleTests {

	private static final List<String> JOBS = List.of("decisions.close-due", "decisions.remind");

	@Autowired
	DecisionsSchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachJobRunsUnderItsOwnLock() throws InterruptedException {
		// The scheduler may already have run the jobs in this context: each run stamps
		// its lock anew. A run of ours that meets the scheduler's, lock held, is skipped
		// (that is what the lock is for), so it is tried again a few times.
		Map<String, Timestamp> before = lockedAt();
		Map<String, Timestamp> after = before;
		for (int attempt = 0; attempt < 50 && !allStampedAnew(before, after); attempt++) {
			Thread.sleep(20);
			schedule.closeDueDecisions();
			schedule.remindThoseWhoHaveNotVoted();
			after = lockedAt();
		}
		assertThat(after).containsOnlyKeys(JOBS);
		for (String job : JOBS) {
			assertThat(after.get(job)).as(job).isNotEqualTo(before.get(job));
		}
	}

	private static boolean allStampedAnew(Map<String, Timestamp> before, Map<String, Timestamp> after) {
		return JOBS.stream().allMatch(job -> after.get(job) != null && !after.get(job).equals(before.get(job)));
	}

	private Map<String, Timestamp> lockedAt() {
		return jdbc.queryForList("SELECT name, locked_at FROM shedlock WHERE name LIKE 'decisions.%'")
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("name"), row -> (Timestamp) row.get("locked_at")));
	}

}
