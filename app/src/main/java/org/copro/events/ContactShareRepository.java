package org.copro.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactShareRepository extends JpaRepository<ContactShare, Long> {

	List<ContactShare> findByEventIdAndFromAccount(long eventId, long fromAccount);

	List<ContactShare> findByEventIdAndToAccount(long eventId, long toAccount);

	Optional<ContactShare> findByEventIdAndFromAccountAndToAccount(long eventId, long fromAccount, long toAccount);

	List<ContactShare> findByFromAccountOrToAccount(long fromAccount, long toAccount);

}
