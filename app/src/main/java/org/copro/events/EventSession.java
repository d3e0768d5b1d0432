package org.copro.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One session of an event: when, and where or at which online link. Times are shown in
 * Europe/London.
 */
@Entity
@Table(name = "ev_session")
class EventSession {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private String title = "";

	private String language = "en";

	private Instant startsAt = Instant.EPOCH;

	private Instant endsAt = Instant.EPOCH;

	private @Nullable String place;

	private @Nullable String onlineLink;

	private @Nullable Instant remindedAt;

	protected EventSession() {
	}

	EventSession(long eventId, String title, String language, Instant startsAt, Instant endsAt, @Nullable String place,
			@Nullable String onlineLink) {
		this.eventId = eventId;
		this.title = title.strip();
		this.language = language;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.onlineLink = onlineLink;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Session not saved yet");
		}
		return id;
	}

	long eventId() {
		return eventId;
	}

	public String title() {
		return title;
	}

	/** The language the title is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public ZonedDateTime start() {
		return startsAt.atZone(ZONE);
	}

	public ZonedDateTime end() {
		return endsAt.atZone(ZONE);
	}

	public @Nullable String place() {
		return place;
	}

	public @Nullable String onlineLink() {
		return onlineLink;
	}

	@Nullable Instant remindedAt() {
		return remindedAt;
	}

}
