package org.copro.events;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A person's place at an event, or on its waiting list, with the needs only they and the
 * organisers see.
 */
@Entity
@Table(name = "ev_registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private long accountId;

	private String displayName = "";

	private String language = "en";

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status = RegistrationStatus.WAITING;

	/** When the person joined the queue: the waiting list is served in this order. */
	private Instant queuedAt = Instant.now();

	private @Nullable String accessNeeds;

	private boolean childcareSupport;

	private boolean travelSupport;

	private @Nullable String dietaryNeeds;

	private String needsLanguage = "en";

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ev_registration_session", joinColumns = @JoinColumn(name = "registration_id"))
	@Column(name = "session_id")
	private Set<Long> sessions = new LinkedHashSet<>();

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long eventId, AccountId account, String displayName, String language) {
		this.eventId = eventId;
		this.accountId = account.value();
		this.displayName = displayName;
		this.language = language;
	}

	void fill(Needs needs, Set<Long> sessions) {
		this.accessNeeds = blankToNull(needs.accessNeeds());
		this.childcareSupport = needs.childcareSupport();
		this.travelSupport = needs.travelSupport();
		this.dietaryNeeds = blankToNull(needs.dietaryNeeds());
		this.needsLanguage = needs.language();
		this.sessions.clear();
		this.sessions.addAll(sessions);
	}

	void queue(RegistrationStatus status) {
		this.status = status;
		this.queuedAt = Instant.now();
	}

	void confirm() {
		this.status = RegistrationStatus.CONFIRMED;
	}

	void cancel() {
		this.status = RegistrationStatus.CANCELLED;
	}

	/**
	 * Forgets the needs and the contact address of a person who deleted their account.
	 */
	void forget() {
		this.accessNeeds = null;
		this.dietaryNeeds = null;
		this.childcareSupport = false;
		this.travelSupport = false;
		this.displayName = "";
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Registration not saved yet");
		}
		return id;
	}

	boolean saved() {
		return id != null;
	}

	long eventId() {
		return eventId;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	String language() {
		return language;
	}

	public RegistrationStatus status() {
		return status;
	}

	public boolean confirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	public boolean waiting() {
		return status == RegistrationStatus.WAITING;
	}

	public boolean cancelled() {
		return status == RegistrationStatus.CANCELLED;
	}

	public Instant queuedAt() {
		return queuedAt;
	}

	public @Nullable String accessNeeds() {
		return accessNeeds;
	}

	public boolean childcareSupport() {
		return childcareSupport;
	}

	public boolean travelSupport() {
		return travelSupport;
	}

	public @Nullable String dietaryNeeds() {
		return dietaryNeeds;
	}

	/**
	 * The language the access and dietary needs are written in: {@code en} or {@code cy}.
	 */
	public String needsLanguage() {
		return needsLanguage;
	}

	public Set<Long> sessions() {
		return Set.copyOf(sessions);
	}

	public Instant createdAt() {
		return createdAt;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
