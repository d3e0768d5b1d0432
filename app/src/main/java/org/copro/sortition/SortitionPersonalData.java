package org.copro.sortition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's registrations in "download my data", and forgetting them when they delete
 * their account.
 */
@Component
class SortitionPersonalData implements PersonalDataContributor {

	private final Recruitments recruitments;

	SortitionPersonalData(Recruitments recruitments) {
		this.recruitments = recruitments;
	}

	@Override
	public String section() {
		return "sortition";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		List<Map<String, Object>> registrations = recruitments.registrationsOf(account).stream().map(volunteer -> {
			Map<String, Object> registration = new LinkedHashMap<>();
			registration.put("recruitment", recruitments.find(volunteer.recruitmentId()).title());
			registration.put("poolNumber", volunteer.poolNumber());
			registration.put("name", volunteer.name());
			registration.put("contact", volunteer.contact());
			registration.put("accessNeeds", volunteer.accessNeeds());
			registration.put("household", volunteer.household());
			registration.put("answers", volunteer.answers());
			registration.put("consentToSelection", volunteer.consentSelection());
			registration.put("consentToContact", volunteer.consentContact());
			registration.put("status", volunteer.status().name());
			registration.put("acceptedPlace", volunteer.accepted());
			registration.put("registeredAt", volunteer.registeredAt().toString());
			return registration;
		}).toList();
		return Map.of("registrations", registrations);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		recruitments.forget(event.account());
	}

}
