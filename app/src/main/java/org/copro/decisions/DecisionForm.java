package org.copro.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/**
 * The form that starts a decision; numbers stay text so that a wrong one is an error,
 * never a failure.
 */
class DecisionForm extends TextLanguageForm {

	private String kind = "";

	@NotBlank(message = "{decisions.title.required}")
	@Size(max = 200, message = "{decisions.title.too-long}")
	private String title = "";

	@NotBlank(message = "{decisions.details.required}")
	@Size(max = 10000, message = "{decisions.details.too-long}")
	private String details = "";

	private String options = "";

	private String closesAt = "";

	private String scope = "";

	private boolean anonymous;

	private boolean resultsHidden;

	private String reasonRule = "OPTIONAL";

	private String quorum = "0";

	private String minChoices = "1";

	private String maxChoices = "1";

	private String dots = "10";

	private String scoreMin = "0";

	private String scoreMax = "5";

	private String method = "IRV";

	private String seats = "1";

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDetails() {
		return details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(String closesAt) {
		this.closesAt = closesAt;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public boolean isResultsHidden() {
		return resultsHidden;
	}

	public void setResultsHidden(boolean resultsHidden) {
		this.resultsHidden = resultsHidden;
	}

	public String getReasonRule() {
		return reasonRule;
	}

	public void setReasonRule(String reasonRule) {
		this.reasonRule = reasonRule;
	}

	public String getQuorum() {
		return quorum;
	}

	public void setQuorum(String quorum) {
		this.quorum = quorum;
	}

	public String getMinChoices() {
		return minChoices;
	}

	public void setMinChoices(String minChoices) {
		this.minChoices = minChoices;
	}

	public String getMaxChoices() {
		return maxChoices;
	}

	public void setMaxChoices(String maxChoices) {
		this.maxChoices = maxChoices;
	}

	public String getDots() {
		return dots;
	}

	public void setDots(String dots) {
		this.dots = dots;
	}

	public String getScoreMin() {
		return scoreMin;
	}

	public void setScoreMin(String scoreMin) {
		this.scoreMin = scoreMin;
	}

	public String getScoreMax() {
		return scoreMax;
	}

	public void setScoreMax(String scoreMax) {
		this.scoreMax = scoreMax;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getSeats() {
		return seats;
	}

	public void setSeats(String seats) {
		this.seats = seats;
	}

}
