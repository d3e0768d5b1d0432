package org.copro.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class NewPasswordForm {

	private String token = "";

	@NotBlank(message = "{identity.password.required}")
	@Size(min = 12, max = 128, message = "{identity.password.length}")
	private String password = "";

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
