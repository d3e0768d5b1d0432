package org.copro.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contact details an attendee shares with one other attendee. */
class ContactForm {

	@NotBlank(message = "{events.contacts.contact.invalid}")
	@Size(max = EventsController.MAX_CONTACT, message = "{events.contacts.contact.invalid}")
	private String contact = "";

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

}
