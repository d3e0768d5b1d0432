package org.copro.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectFeedbackRepository extends JpaRepository<Feedback, Long> {

	List<Feedback> findByMeetingIdOrderByIdAsc(long meetingId);

	List<Feedback> findByProjectId(long projectId);

}
