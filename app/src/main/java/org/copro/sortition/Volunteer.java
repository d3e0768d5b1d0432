package org.copro.sortition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One person in a recruitment's pool. Their answers are public only as anonymous pool
 * rows; their name, contact, household and access needs are for the organisers alone.
 */
@Entity
@Table(name = "sortition_volunteer")
// An update writes only what changed, so that it keeps the mark that the notices set
// beside it (VolunteerRepository.markNotified).
@DynamicUpdate
class Volunteer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long recruitmentId;

	private @Nullable Long accountId;

	private int poolNumber;

	private @Nullable String name;

	private @Nullable String contact;

	private @Nullable String accessNeeds;

	private @Nullable String household;

	private @Nullable Integer householdGroup;

	private boolean consentSelection;

	private boolean consentContact;

	// A pool is read whole for the draw: load the answers of many volunteers per query.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 200)
	@CollectionTable(name = "sortition_answer", joinColumns = @JoinColumn(name = "volunteer_id"))
	@MapKeyColumn(name = "category")
	@Column(name = "answer")
	private Map<String, String> answers = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	private VolunteerStatus status = VolunteerStatus.POOL;

	/** Whether the seeded draw itself chose this volunteer, before any replacement. */
	private boolean firstDraw;

	private @Nullable Double probability;

	/** Whether the volunteer, once drawn, said they will take their place. */
	private boolean accepted;

	/**
	 * Whether the volunteer declined their place themselves and the seat waits for a
	 * replacement.
	 */
	private boolean seatOpen;

	/** Whether the volunteer was told the outcome of the draw. */
	private boolean notified;

	private boolean anonymised;

	private Instant registeredAt = Instant.now();

	@Version
	private long version;

	protected Volunteer() {
	}

	Volunteer(long recruitmentId, AccountId account, int poolNumber, String name, String contact,
			@Nullable String accessNeeds, @Nullable String household, Map<String, String> answers) {
		this.recruitmentId = recruitmentId;
		this.accountId = account.value();
		this.poolNumber = poolNumber;
		this.name = name.strip();
		this.contact = contact.strip();
		this.accessNeeds = blankToNull(accessNeeds);
		this.household = blankToNull(household);
		this.answers = new LinkedHashMap<>(answers);
		this.consentSelection = true;
		this.consentContact = true;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Volunteer not saved yet");
		}
		return id;
	}

	long recruitmentId() {
		return recruitmentId;
	}

	@Nullable AccountId account() {
		return accountId == null ? null : new AccountId(accountId);
	}

	public int poolNumber() {
		return poolNumber;
	}

	/**
	 * The id in exports and re-runs: the pool number, which says nothing about the
	 * person.
	 */
	public String publicId() {
		return Integer.toString(poolNumber);
	}

	public @Nullable String name() {
		return name;
	}

	public @Nullable String contact() {
		return contact;
	}

	public @Nullable String accessNeeds() {
		return accessNeeds;
	}

	public @Nullable String household() {
		return household;
	}

	@Nullable Integer householdGroup() {
		return householdGroup;
	}

	/**
	 * The household as the engine compares it: spaces and letter case do not make two
	 * addresses differ.
	 */
	@Nullable String householdKey() {
		return household == null ? null : household.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	public boolean consentSelection() {
		return consentSelection;
	}

	public boolean consentContact() {
		return consentContact;
	}

	public Map<String, String> answers() {
		return Map.copyOf(answers);
	}

	public String answer(String category) {
		return answers.getOrDefault(category, "");
	}

	public VolunteerStatus status() {
		return status;
	}

	public @Nullable Double probability() {
		return probability;
	}

	public boolean anonymised() {
		return anonymised;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	/**
	 * Fixes what the public re-run needs before the draw: the chance and an anonymous
	 * household number.
	 */
	void prepareForDraw(double probability, @Nullable Integer householdGroup) {
		this.probability = probability;
		this.householdGroup = householdGroup;
	}

	void select() {
		this.status = VolunteerStatus.SELECTED;
		this.firstDraw = true;
	}

	public boolean firstDraw() {
		return firstDraw;
	}

	void selectAsReplacement() {
		this.status = VolunteerStatus.REPLACEMENT;
	}

	void decline() {
		this.status = VolunteerStatus.DECLINED;
		this.seatOpen = false;
	}

	public boolean notified() {
		return notified;
	}

	public boolean accepted() {
		return accepted;
	}

	/**
	 * Declined by the volunteer: the seat stays open until the organisers draw a
	 * replacement.
	 */
	public boolean seatOpen() {
		return seatOpen;
	}

	/** The volunteer takes their place; only a panel member can. */
	boolean accept() {
		if (!status.onPanel()) {
			return false;
		}
		this.accepted = true;
		return true;
	}

	/**
	 * The volunteer gives up their place; only a panel member can, and the seat waits for
	 * a replacement.
	 */
	boolean declineOwnPlace() {
		if (!status.onPanel()) {
			return false;
		}
		this.status = VolunteerStatus.DECLINED;
		this.accepted = false;
		this.seatOpen = true;
		return true;
	}

}
