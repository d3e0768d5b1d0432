package org.copro.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** A new call for ideas. */
class SpaceForm extends TextLanguageForm {

	@NotBlank(message = "{proposals.space.title.required}")
	@Size(max = 150, message = "{proposals.space.title.tooLong}")
	private String title = "";

	@NotBlank(message = "{proposals.space.description.required}")
	@Size(max = 5000, message = "{proposals.space.description.tooLong}")
	private String description = "";

	private boolean open = true;

	@Size(max = 100, message = "{proposals.space.scope.invalid}")
	@Pattern(regexp = "^$|^[a-z][a-z0-9-]*:[A-Za-z0-9-]+$", message = "{proposals.space.scope.invalid}")
	private String scope = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description.strip();
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope.strip();
	}

}
