package org.copro.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class RegistrationForm extends TextLanguageForm {

	private List<Long> sessions = new ArrayList<>();

	@Size(max = 2000, message = "{events.register.access.too-long}")
	private String accessNeeds = "";

	private boolean childcareSupport;

	private boolean travelSupport;

	@Size(max = 1000, message = "{events.register.dietary.too-long}")
	private String dietaryNeeds = "";

	static RegistrationForm of(Registration registration) {
		RegistrationForm form = new RegistrationForm();
		form.sessions = new ArrayList<>(registration.sessions());
		form.accessNeeds = registration.accessNeeds() == null ? "" : registration.accessNeeds();
		form.childcareSupport = registration.childcareSupport();
		form.travelSupport = registration.travelSupport();
		form.dietaryNeeds = registration.dietaryNeeds() == null ? "" : registration.dietaryNeeds();
		form.setLanguage(registration.needsLanguage());
		return form;
	}

	Needs needs() {
		return new Needs(accessNeeds, childcareSupport, travelSupport, dietaryNeeds, language());
	}

	public List<Long> getSessions() {
		return sessions;
	}

	public void setSessions(List<Long> sessions) {
		this.sessions = sessions;
	}

	public String getAccessNeeds() {
		return accessNeeds;
	}

	public void setAccessNeeds(String accessNeeds) {
		this.accessNeeds = accessNeeds;
	}

	public boolean isChildcareSupport() {
		return childcareSupport;
	}

	public void setChildcareSupport(boolean childcareSupport) {
		this.childcareSupport = childcareSupport;
	}

	public boolean isTravelSupport() {
		return travelSupport;
	}

	public void setTravelSupport(boolean travelSupport) {
		this.travelSupport = travelSupport;
	}

	public String getDietaryNeeds() {
		return dietaryNeeds;
	}

	public void setDietaryNeeds(String dietaryNeeds) {
		this.dietaryNeeds = dietaryNeeds;
	}

}
