package org.copro.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventFeedbackRepository extends JpaRepository<Feedback, Long> {

	List<Feedback> findByEventIdOrderById(long eventId);

	List<Feedback> findByAuthorId(long authorId);

}
