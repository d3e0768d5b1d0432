package org.copro.sortition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Puts back draws that a crash or a restart cut short: at start-up every draw begun
 * before this process started, and then, every few minutes, any draw running longer than
 * {@code copro.sortition.draw-timeout} (default 30 minutes; LEXIMIN on a pool of
 * thousands takes well under a minute). Safe to run on several nodes: a draw still under
 * way holds its recruitment's lock, and releasing waits for it.
 */
@Configuration(proxyBeanMethods = false)
class SortitionSchedule {

	private static final Logger log = LoggerFactory.getLogger(SortitionSchedule.class);

	private final Recruitments recruitments;

	private final Duration drawTimeout;

	SortitionSchedule(Recruitments recruitments, @Value("${copro.sortition.draw-timeout:PT30M}") Duration drawTimeout) {
		this.recruitments = recruitments;
		this.drawTimeout = drawTimeout;
	}

	@EventListener(ApplicationReadyEvent.class)
	void releaseDrawsCutShortByARestart(ApplicationReadyEvent event) {
		release(Instant.ofEpochMilli(event.getApplicationContext().getStartupDate()));
	}

	@Scheduled(initialDelayString = "${copro.sortition.check-every:PT5M}",
			fixedDelayString = "${copro.sortition.check-every:PT5M}")
	@SchedulerLock(name = "sortition.release-timed-out-draws")
	void releaseDrawsThatTimedOut() {
		release(Instant.now().minus(drawTimeout));
	}

	private void release(Instant startedBefore) {
		List<Long> released = recruitments.releaseDrawsStartedBefore(startedBefore);
		if (!released.isEmpty()) {
			log.warn("Put back draws {} that did not finish (started before {}); they can be drawn again", released,
					startedBefore);
		}
	}

}
