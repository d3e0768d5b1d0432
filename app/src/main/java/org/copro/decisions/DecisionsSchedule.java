package org.copro.decisions;

import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes decisions when their closing time comes and reminds those who have not voted a
 * day before. With several nodes ShedLock lets one node run each job at a time; both are
 * safe to repeat anyway (closing updates only an open decision and reminding marks it
 * first).
 */
@Configuration(proxyBeanMethods = false)
class DecisionsSchedule {

	private static final Logger log = LoggerFactory.getLogger(DecisionsSchedule.class);

	private final Decisions decisions;

	DecisionsSchedule(Decisions decisions) {
		this.decisions = decisions;
	}

	@Scheduled(initialDelayString = "${copro.decisions.check-every:PT1M}",
			fixedDelayString = "${copro.decisions.check-every:PT1M}")
	@SchedulerLock(name = "decisions.close-due")
	void closeDueDecisions() {
		List<Long> closed = decisions.closeDue(Instant.now());
		if (!closed.isEmpty()) {
			log.info("Closed decisions {} at their closing time", closed);
		}
	}

	@Scheduled(initialDelayString = "${copro.decisions.check-every:PT1M}",
			fixedDelayString = "${copro.decisions.check-every:PT1M}")
	@SchedulerLock(name = "decisions.remind")
	void remindThoseWhoHaveNotVoted() {
		decisions.remind(Instant.now());
	}

}
