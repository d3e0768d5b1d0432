package org.copro.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's registrations (with their needs), answers, contact consents and feedback in
 * "download my data"; when they delete their account, needs and consents go and future
 * places are given up.
 */
@Component
class EventsPersonalData implements PersonalDataContributor {

	private final Events events;

	EventsPersonalData(Events events) {
		this.events = events;
	}

	@Override
	public String section() {
		return "events";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		Events.PersonalRecords records = events.personalRecords(account);
		List<Map<String, Object>> registrations = records.registrations().stream().map(r -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", events.find(r.eventId()).title(Locale.ENGLISH));
			entry.put("status", r.status().name());
			entry.put("sessions", r.sessions().stream().sorted().toList());
			entry.put("accessNeeds", r.accessNeeds());
			entry.put("childcareSupport", r.childcareSupport());
			entry.put("travelSupport", r.travelSupport());
			entry.put("dietaryNeeds", r.dietaryNeeds());
			entry.put("needsLanguage", r.needsLanguage());
			entry.put("registeredAt", r.createdAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> answers = records.answers().stream().map(a -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", a.eventId());
			entry.put("question", a.questionId());
			entry.put("text", a.text());
			entry.put("language", a.language());
			entry.put("givenAt", a.createdAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> consents = records.shares().stream().map(s -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", s.eventId());
			entry.put("direction", s.fromAccount() == account.value() ? "shared-by-me" : "shared-with-me");
			entry.put("otherAccount", s.fromAccount() == account.value() ? s.toAccount() : s.fromAccount());
			entry.put("contact", s.contact());
			entry.put("since", s.createdAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> feedback = records.feedback().stream().map(f -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", f.eventId());
			entry.put("rating", f.rating());
			entry.put("comments", f.comments());
			entry.put("language", f.language());
			return entry;
		}).toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("registrations", registrations);
		data.put("answers", answers);
		data.put("contactConsents", consents);
		data.put("feedback", feedback);
		return data;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		events.forget(event.account());
	}

}
