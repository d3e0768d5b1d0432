package org.copro.events;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

	List<Event> findAllByOrderByCreatedAtDesc();

	/**
	 * Locks the event so that registrations and cancellations take and give back places
	 * one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = ?1")
	Optional<Event> findForUpdate(long id);

}
