package org.copro.web;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener failed, or never finished because its
 * node stopped, once they are a few minutes old: without it such an event waits for the
 * next restart ({@code republish-outstanding-events-on-restart}). The age leaves a
 * listener still at work the time to finish, and one node at a time runs the job.
 */
@Component
class IncompleteEventsResubmission {

	private final IncompleteEventPublications publications;

	private final Duration olderThan;

	IncompleteEventsResubmission(IncompleteEventPublications publications,
			@Value("${copro.events.resubmit-older-than:PT5M}") Duration olderThan) {
		this.publications = publications;
		this.olderThan = olderThan;
	}

	@Scheduled(initialDelayString = "${copro.events.resubmit-every:PT5M}",
			fixedDelayString = "${copro.events.resubmit-every:PT5M}")
	@SchedulerLock(name = "web.resubmit-incomplete-events")
	void resubmitIncompleteEvents() {
		publications.resubmitIncompletePublicationsOlderThan(olderThan);
	}

}
