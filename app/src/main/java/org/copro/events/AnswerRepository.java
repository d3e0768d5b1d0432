package org.copro.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

	List<Answer> findByEventIdOrderById(long eventId);

	List<Answer> findByAuthorId(long authorId);

	long countByQuestionId(long questionId);

}
