package org.copro.budgeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/**
 * The reviewers' decision on one project: feasible or not, the cost they found, and why,
 * for everyone to read.
 */
class ReviewForm extends TextLanguageForm {

	private String review = "";

	private String cost = "";

	@NotBlank(message = "{budgeting.review.reason.required}")
	@Size(max = 2000, message = "{budgeting.review.reason.too-long}")
	private String reason = "";

	public String getReview() {
		return review;
	}

	public void setReview(String review) {
		this.review = review;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
