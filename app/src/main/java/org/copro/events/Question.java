package org.copro.events;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A group exercise question of an event, in both languages. */
@Entity
@Table(name = "ev_question")
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long eventId;

	private String textEn = "";

	private String textCy = "";

	protected Question() {
	}

	Question(long eventId, String textEn, String textCy) {
		this.eventId = eventId;
		this.textEn = textEn.strip();
		this.textCy = textCy.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Question not saved yet");
		}
		return id;
	}

	long eventId() {
		return eventId;
	}

	public String text(Locale locale) {
		return Event.inLanguage(locale, textEn, textCy);
	}

	/** The language of the text {@link #text(Locale)} gives. */
	public String textLanguage(Locale locale) {
		return Event.languageOf(locale, textEn, textCy);
	}

	String textEn() {
		return textEn;
	}

}
