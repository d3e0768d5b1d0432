package org.copro.identity;

import jakarta.validation.constraints.NotBlank;

class DeleteAccountForm {

	@NotBlank(message = "{identity.delete.password.required}")
	private String password = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
