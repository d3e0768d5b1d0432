package org.copro.decisions;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes decisions when their closing time comes and reminds those who have not voted a day before. On one node
 * this is enough; with several nodes each job should be guarded by ShedLock so that one node runs it (both jobs
 * are safe to repeat: closing locks the decision and reminding marks it first).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DecisionsSchedule {

	private static final Logger log = LoggerFactory.getLogger(DecisionsSchedule.class);

	private final Decisions decisions;

	DecisionsSchedule(Decisions decisions) {
		this.decisions = decisions;
	}

	@Scheduled(initialDelayString = "${copro.decisions.check-every:PT1M}",
			fixedDelayString = "${copro.decisions.check-every:PT1M}")
	void closeDueDecisions() {
		List<Long> closed = decisions.closeDue(Instant.now());
		if (!closed.isEmpty()) {
			log.info("Closed decisions {} at their closing time", closed);
		}
	}

	@Scheduled(initialDelayString = "${copro.decisions.check-every:PT1M}",
			fixedDelayString = "${copro.decisions.check-every:PT1M}")
	void remindThoseWhoHaveNotVoted() {
		decisions.remind(Instant.now());
	}
}
