package org.copro.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class ContactForm {

	@NotBlank(message = "{directory.contact.message.required}")
	@Size(max = 3000, message = "{directory.contact.message.too-long}")
	private String message = "";

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
