package org.copro.events;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One attendee's consent that one other attendee of the same event sees the contact
 * details given here.
 */
@Entity
@Table(name = "ev_contact_share")
class ContactShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private long fromAccount;

	private long toAccount;

	private String contact = "";

	private Instant createdAt = Instant.now();

	protected ContactShare() {
	}

	ContactShare(long eventId, long fromAccount, long toAccount, String contact) {
		this.eventId = eventId;
		this.fromAccount = fromAccount;
		this.toAccount = toAccount;
		this.contact = contact.strip();
	}

	long eventId() {
		return eventId;
	}

	public long fromAccount() {
		return fromAccount;
	}

	public long toAccount() {
		return toAccount;
	}

	public String contact() {
		return contact;
	}

	Instant createdAt() {
		return createdAt;
	}

}
