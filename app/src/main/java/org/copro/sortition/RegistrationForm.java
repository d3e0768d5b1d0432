package org.copro.sortition;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class RegistrationForm {

	@NotBlank(message = "{sortition.name.required}")
	@Size(max = 200, message = "{sortition.name.too-long}")
	private String name = "";

	@NotBlank(message = "{sortition.contact.required}")
	@Size(max = 320, message = "{sortition.contact.too-long}")
	private String contact = "";

	@Size(max = 2000, message = "{sortition.access-needs.too-long}")
	private String accessNeeds = "";

	@Size(max = 200, message = "{sortition.household.too-long}")
	private String household = "";

	/** The answer to each category, in the order of the recruitment's categories. */
	private List<String> answers = new ArrayList<>();

	@AssertTrue(message = "{sortition.consent-selection.required}")
	private boolean consentSelection;

	@AssertTrue(message = "{sortition.consent-contact.required}")
	private boolean consentContact;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getAccessNeeds() {
		return accessNeeds;
	}

	public void setAccessNeeds(String accessNeeds) {
		this.accessNeeds = accessNeeds;
	}

	public String getHousehold() {
		return household;
	}

	public void setHousehold(String household) {
		this.household = household;
	}

	public List<String> getAnswers() {
		return answers;
	}

	public void setAnswers(List<String> answers) {
		this.answers = answers;
	}

	public boolean isConsentSelection() {
		return consentSelection;
	}

	public void setConsentSelection(boolean consentSelection) {
		this.consentSelection = consentSelection;
	}

	public boolean isConsentContact() {
		return consentContact;
	}

	public void setConsentContact(boolean consentContact) {
		this.consentContact = consentContact;
	}

}
