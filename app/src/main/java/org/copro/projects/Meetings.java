package org.copro.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's meetings and the actions they agree. */
@Service
class Meetings {

	private final MeetingRepository meetings;

	private final ActionRepository actions;

	private final ProjectFeedbackRepository feedback;

	Meetings(MeetingRepository meetings, ActionRepository actions, ProjectFeedbackRepository feedback) {
		this.meetings = meetings;
		this.actions = actions;
		this.feedback = feedback;
	}

	/** Records anonymous feedback on a meeting: no author is kept. */
	@Transactional
	void giveFeedback(long projectId, long meetingId, int rating, String comment) {
		find(projectId, meetingId);
		feedback.save(new Feedback(projectId, meetingId, rating, comment));
	}

	@Transactional(readOnly = true)
	List<Feedback> projectFeedback(long projectId) {
		return feedback.findByProjectId(projectId);
	}

	@Transactional(readOnly = true)
	List<Feedback> feedback(long meetingId) {
		return feedback.findByMeetingIdOrderByIdAsc(meetingId);
	}

	@Transactional(readOnly = true)
	List<Meeting> list(long projectId) {
		return meetings.findByProjectIdOrderByHeldOnDescIdDesc(projectId);
	}

	@Transactional(readOnly = true)
	Meeting find(long projectId, long meetingId) {
		return meetings.findById(meetingId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("meeting " + meetingId));
	}

	@Transactional
	long record(long projectId, LocalDate heldOn, String agenda, String notes, String decisions, Set<Long> attendees) {
		return meetings.save(new Meeting(projectId, heldOn, agenda, notes, decisions, attendees)).id();
	}

	@Transactional(readOnly = true)
	List<Action> actions(long meetingId) {
		return actions.findByMeetingIdOrderByIdAsc(meetingId);
	}

	@Transactional(readOnly = true)
	List<Action> projectActions(long projectId) {
		return actions.findByProjectIdOrderByIdAsc(projectId);
	}

	@Transactional
	void addAction(long projectId, long meetingId, String text, @Nullable Long ownerId, @Nullable LocalDate dueOn) {
		find(projectId, meetingId);
		actions.save(new Action(projectId, meetingId, text, ownerId, dueOn));
	}

	@Transactional
	void changeAction(long projectId, long actionId, ActionStatus status) {
		actions.findById(actionId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("action " + actionId))
			.changeStatus(status);
	}

	@Transactional(readOnly = true)
	List<Action> ownedBy(AccountId person) {
		return actions.findByOwnerId(person.value());
	}

	@Transactional
	void forget(AccountId person) {
		meetings.findAttendedBy(person.value()).forEach(meeting -> meeting.forgetAttendee(person.value()));
		actions.findByOwnerId(person.value()).forEach(action -> action.forgetOwner(person.value()));
	}

}
