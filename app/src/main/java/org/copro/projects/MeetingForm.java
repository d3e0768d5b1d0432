package org.copro.projects;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class MeetingForm {

	@NotBlank(message = "{projects.meeting.held-on.required}")
	private String heldOn = "";

	@NotBlank(message = "{projects.meeting.agenda.required}")
	@Size(max = 5000, message = "{projects.meeting.agenda.too-long}")
	private String agenda = "";

	@Size(max = 10000, message = "{projects.meeting.notes.too-long}")
	private String notes = "";

	@Size(max = 5000, message = "{projects.meeting.decisions.too-long}")
	private String decisions = "";

	private List<Long> attendees = new ArrayList<>();

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getDecisions() {
		return decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public List<Long> getAttendees() {
		return attendees;
	}

	public void setAttendees(List<Long> attendees) {
		this.attendees = attendees;
	}

}
