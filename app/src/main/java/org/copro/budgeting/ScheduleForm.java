package org.copro.budgeting;

/**
 * The dates on which the phases begin, as the date boxes send them (yyyy-mm-dd); empty
 * for none.
 */
class ScheduleForm {

	private String proposalsFrom = "";

	private String reviewFrom = "";

	private String votingFrom = "";

	private String resultsFrom = "";

	public String getProposalsFrom() {
		return proposalsFrom;
	}

	public void setProposalsFrom(String proposalsFrom) {
		this.proposalsFrom = proposalsFrom;
	}

	public String getReviewFrom() {
		return reviewFrom;
	}

	public void setReviewFrom(String reviewFrom) {
		this.reviewFrom = reviewFrom;
	}

	public String getVotingFrom() {
		return votingFrom;
	}

	public void setVotingFrom(String votingFrom) {
		this.votingFrom = votingFrom;
	}

	public String getResultsFrom() {
		return resultsFrom;
	}

	public void setResultsFrom(String resultsFrom) {
		this.resultsFrom = resultsFrom;
	}

}
