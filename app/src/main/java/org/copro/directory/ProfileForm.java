package org.copro.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class ProfileForm extends TextLanguageForm {

	@NotBlank(message = "{directory.profile.name.required}")
	@Size(max = 100, message = "{directory.profile.name.too-long}")
	private String displayName = "";

	private String organisation = "";

	@Size(max = 500, message = "{directory.profile.interests.too-long}")
	private String interests = "";

	@Size(max = 2000, message = "{directory.profile.bio.too-long}")
	private String bio = "";

	private boolean published;

	@Email(message = "{directory.profile.contact-email.invalid}")
	@Size(max = 320, message = "{directory.profile.contact-email.invalid}")
	private String contactEmail = "";

	@Pattern(regexp = "^$|^[0-9+() -]{6,40}$", message = "{directory.profile.contact-phone.invalid}")
	private String contactPhone = "";

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getInterests() {
		return interests;
	}

	public void setInterests(String interests) {
		this.interests = interests;
	}

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

}
