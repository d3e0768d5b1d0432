package org.copro.projects;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * Quick feedback on a meeting. It records no author, so that people can say what they
 * think.
 */
@Entity(name = "ProjectFeedback")
@Table(name = "project_feedback")
class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private long meetingId;

	private int rating;

	private String comment = "";

	private Instant createdAt = Instant.now();

	protected Feedback() {
	}

	Feedback(long projectId, long meetingId, int rating, String comment) {
		this.projectId = projectId;
		this.meetingId = meetingId;
		this.rating = rating;
		this.comment = comment.strip();
	}

	long meetingId() {
		return meetingId;
	}

	public int rating() {
		return rating;
	}

	public String comment() {
		return comment;
	}

}
