package org.copro.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A meeting of the project: its agenda, who came, the notes and the decisions taken. */
@Entity
@Table(name = "project_meeting")
class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private LocalDate heldOn = LocalDate.now();

	private String agenda = "";

	private String notes = "";

	private String decisions = "";

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "account_id")
	private Set<Long> attendees = new TreeSet<>();

	protected Meeting() {
	}

	Meeting(long projectId, LocalDate heldOn, String agenda, String notes, String decisions, Set<Long> attendees) {
		this.projectId = projectId;
		this.heldOn = heldOn;
		this.agenda = agenda.strip();
		this.notes = notes.strip();
		this.decisions = decisions.strip();
		this.attendees = new TreeSet<>(attendees);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Meeting not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String agenda() {
		return agenda;
	}

	public String notes() {
		return notes;
	}

	public String decisions() {
		return decisions;
	}

	public Set<Long> attendees() {
		return Set.copyOf(attendees);
	}

	void forgetAttendee(long accountId) {
		attendees.remove(accountId);
	}

}
