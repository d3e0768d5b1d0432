package org.copro.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** A meeting of a local group: when, where (a place or online) and what about. */
@Entity
@Table(name = "dir_group_meeting")
class GroupMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long groupId;

	private String title = "";

	private Instant startsAt = Instant.now();

	private String place = "";

	private boolean online;

	private @Nullable String description;

	private String language = "en";

	private @Nullable Long createdBy;

	private Instant createdAt = Instant.now();

	protected GroupMeeting() {
	}

	GroupMeeting(long groupId, String title, Instant startsAt, String place, boolean online,
			@Nullable String description, String language, AccountId createdBy) {
		this.groupId = groupId;
		this.title = title.strip();
		this.startsAt = startsAt;
		this.place = place.strip();
		this.online = online;
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.language = language;
		this.createdBy = createdBy.value();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Meeting not saved yet");
		}
		return id;
	}

	/**
	 * The language the title and description are written in: {@code en} or {@code cy}.
	 */
	public String language() {
		return language;
	}

	public long groupId() {
		return groupId;
	}

	public String title() {
		return title;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public String place() {
		return place;
	}

	public boolean online() {
		return online;
	}

	public @Nullable String description() {
		return description;
	}

	@Nullable Long createdBy() {
		return createdBy;
	}

	void forgetCreator() {
		createdBy = null;
	}

}
