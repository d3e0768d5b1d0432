package org.copro.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

class ResetRequestForm {

	@NotBlank(message = "{identity.email.required}")
	@Email(message = "{identity.email.invalid}")
	private String email = "";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
