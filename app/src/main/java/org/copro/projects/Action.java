package org.copro.projects;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Something a meeting asked a member to do by a date. */
@Entity
@Table(name = "project_action")
class Action {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private long meetingId;

	private String text = "";

	private @Nullable Long ownerId;

	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.OPEN;

	protected Action() {
	}

	Action(long projectId, long meetingId, String text, @Nullable Long ownerId, @Nullable LocalDate dueOn) {
		this.projectId = projectId;
		this.meetingId = meetingId;
		this.text = text.strip();
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Action not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	long meetingId() {
		return meetingId;
	}

	public String text() {
		return text;
	}

	public @Nullable Long ownerId() {
		return ownerId;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public ActionStatus status() {
		return status;
	}

	public boolean done() {
		return status == ActionStatus.DONE;
	}

	void changeStatus(ActionStatus newStatus) {
		status = newStatus;
	}

	void forgetOwner(long accountId) {
		if (ownerId != null && ownerId == accountId) {
			ownerId = null;
		}
	}

}
