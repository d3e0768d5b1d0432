package org.copro.projects;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.copro.identity.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminds each project's members a week before its review date. On several nodes ShedLock
 * lets one node run the job at a time; it is safe to repeat anyway, because each review
 * date is marked as announced before anyone is written to.
 */
@Configuration(proxyBeanMethods = false)
class ProjectsSchedule {

	private static final Logger log = LoggerFactory.getLogger(ProjectsSchedule.class);

	private final Evaluation evaluation;

	ProjectsSchedule(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	@Scheduled(initialDelayString = "${copro.projects.check-every:PT1H}",
			fixedDelayString = "${copro.projects.check-every:PT1H}")
	@SchedulerLock(name = "projects.review-reminders")
	void remindOfReviews() {
		Map<Long, List<AccountId>> reminded = evaluation.remindReviews(LocalDate.now(ZoneId.of("Europe/London")));
		if (!reminded.isEmpty()) {
			log.info("Reminded the members of projects {} of their review", reminded.keySet());
		}
	}

}
