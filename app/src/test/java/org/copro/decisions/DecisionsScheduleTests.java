package org.copro.decisions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled jobs take their lock in the database before they run, so that one node at a time runs each. */
@SpringBootTest
class DecisionsScheduleTests {

	@Autowired
	DecisionsSchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachJobRunsUnderItsOwnLock() {
		jdbc.update("DELETE FROM shedlock WHERE name IN ('decisions.close-due', 'decisions.remind')");
		schedule.closeDueDecisions();
		schedule.remindThoseWhoHaveNotVoted();
		assertThat(jdbc.queryForList("SELECT name FROM shedlock WHERE name LIKE 'decisions.%'", String.class))
			.containsExactlyInAnyOrder("decisions.close-due", "decisions.remind");
	}

}
