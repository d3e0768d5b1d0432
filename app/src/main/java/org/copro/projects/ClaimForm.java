package org.copro.projects;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

class ClaimForm {

	/** The most one claim may be for, in pence: £10,000. */
	static final long MAX_PENCE = 1_000_000;

	private String category = "";

	private @Nullable MultipartFile receipt;

	@NotBlank(message = "{projects.claim.amount.required}")
	private String amount = "";

	@NotBlank(message = "{projects.claim.description.required}")
	@Size(max = 1000, message = "{projects.claim.description.too-long}")
	private String description = "";

	/**
	 * The amount in pence, exactly, or null when it is not a sum of money in pounds and
	 * pence.
	 */
	@Nullable Long pence() {
		String text = amount.strip().replace(",", "");
		if (text.startsWith("£")) {
			text = text.substring(1).strip();
		}
		if (!text.matches("[0-9]{1,7}(\\.[0-9]{1,2})?")) {
			return null;
		}
		long pence = new BigDecimal(text).movePointRight(2).longValueExact();
		return pence < 1 || pence > MAX_PENCE ? null : pence;
	}

	public @Nullable MultipartFile getReceipt() {
		return receipt;
	}

	public void setReceipt(@Nullable MultipartFile receipt) {
		this.receipt = receipt;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
