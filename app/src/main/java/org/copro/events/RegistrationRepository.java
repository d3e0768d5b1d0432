package org.copro.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

	List<Registration> findByEventIdOrderByQueuedAtAscIdAsc(long eventId);

	List<Registration> findByEventIdAndStatusOrderByQueuedAtAscIdAsc(long eventId, RegistrationStatus status);

	long countByEventIdAndStatus(long eventId, RegistrationStatus status);

	List<Registration> findByAccountId(long accountId);

	@Query("select r.eventId from Registration r where r.accountId = ?1 order by r.eventId")
	List<Long> findEventIdsByAccountId(long accountId);

}
