package org.copro.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class SignUpForm {

	@NotBlank(message = "{identity.displayName.required}")
	@Size(max = 100, message = "{identity.displayName.tooLong}")
	private String displayName = "";

	@NotBlank(message = "{identity.email.required}")
	@Email(message = "{identity.email.invalid}")
	@Size(max = 320, message = "{identity.email.invalid}")
	private String email = "";

	@NotBlank(message = "{identity.password.required}")
	@Size(min = 12, max = 128, message = "{identity.password.length}")
	private String password = "";

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
