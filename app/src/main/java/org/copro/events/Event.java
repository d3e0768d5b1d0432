package org.copro.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * An event or workshop, told in English and Welsh. Accessors are public only so that
 * templates can read them.
 */
@Entity
@Table(name = "ev_event")
class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String titleEn = "";

	private String titleCy = "";

	private String descriptionEn = "";

	private String descriptionCy = "";

	private int capacity;

	private String facilitators = "";

	private long organiserId;

	private boolean summaryPublished;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Event() {
	}

	Event(EventDetails details, AccountId organiser) {
		change(details);
		this.organiserId = organiser.value();
	}

	void change(EventDetails details) {
		this.titleEn = details.titleEn().strip();
		this.titleCy = details.titleCy().strip();
		this.descriptionEn = details.descriptionEn().strip();
		this.descriptionCy = details.descriptionCy().strip();
		this.capacity = details.capacity();
		this.facilitators = details.facilitators().strip();
	}

	EventDetails details() {
		return new EventDetails(titleEn, titleCy, descriptionEn, descriptionCy, capacity, facilitators);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Event not saved yet");
		}
		return id;
	}

	/** The title in the page's language, or in the other language when it has none. */
	public String title(Locale locale) {
		return inLanguage(locale, titleEn, titleCy);
	}

	/**
	 * The language of the title {@link #title(Locale)} gives, which differs from the
	 * page's when it falls back to the other one.
	 */
	public String titleLanguage(Locale locale) {
		return languageOf(locale, titleEn, titleCy);
	}

	/** The language of the description {@link #paragraphs(Locale)} gives. */
	public String descriptionLanguage(Locale locale) {
		return languageOf(locale, descriptionEn, descriptionCy);
	}

	public List<String> paragraphs(Locale locale) {
		return Arrays.stream(inLanguage(locale, descriptionEn, descriptionCy).split("\\R\\s*\\R"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/**
	 * One facilitator a line, each as "name, affiliation" or however the organiser wrote
	 * it.
	 */
	public List<String> facilitatorLines() {
		return facilitators.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public int capacity() {
		return capacity;
	}

	public boolean summaryPublished() {
		return summaryPublished;
	}

	AccountId organiser() {
		return new AccountId(organiserId);
	}

	void publishSummary() {
		summaryPublished = true;
	}

	void withdrawSummary() {
		summaryPublished = false;
	}

	/** The language, {@code en} or {@code cy}, of the text {@code inLanguage} picks. */
	static String languageOf(Locale locale, String english, String welsh) {
		boolean wantsWelsh = "cy".equals(locale.getLanguage());
		boolean hasIt = !(wantsWelsh ? welsh : english).isBlank();
		return wantsWelsh == hasIt ? "cy" : "en";
	}

	static String inLanguage(Locale locale, String english, String welsh) {
		boolean wantsWelsh = "cy".equals(locale.getLanguage());
		String first = wantsWelsh ? welsh : english;
		return first.isBlank() ? (wantsWelsh ? english : welsh) : first;
	}

}
