package org.copro.events;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EventSessionRepository extends JpaRepository<EventSession, Long> {

	List<EventSession> findByEventIdOrderByStartsAtAscIdAsc(long eventId);

	List<EventSession> findByRemindedAtIsNullAndStartsAtBetween(Instant from, Instant to);

	/**
	 * Claims a session's reminder: 1 for the one caller (on any node) that gets to send
	 * it, 0 for the others.
	 */
	@Modifying
	@Query("update EventSession s set s.remindedAt = ?2 where s.id = ?1 and s.remindedAt is null")
	int claimReminder(long sessionId, Instant now);

}
