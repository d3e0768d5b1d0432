package org.copro.accountability;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/**
 * An answer to a piece of input: its status, what was done, and why not when it cannot be
 * done.
 */
class ResponseForm extends TextLanguageForm {

	static final int MAX_LENGTH = 4000;

	/**
	 * The status's name; bound as text so that an unknown value is a form error, not a
	 * conversion failure.
	 */
	@NotBlank(message = "{accountability.status.required}")
	private String status = "";

	@NotBlank(message = "{accountability.text.required}")
	@Size(max = MAX_LENGTH, message = "{accountability.text.tooLong}")
	private String text = "";

	@Size(max = MAX_LENGTH, message = "{accountability.reason.tooLong}")
	private String reason = "";

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	/** The chosen status, when it names one. */
	Optional<ActionStatus> actionStatus() {
		try {
			return Optional.of(ActionStatus.valueOf(status.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
