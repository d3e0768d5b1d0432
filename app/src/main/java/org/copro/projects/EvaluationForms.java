package org.copro.projects;

/**
 * The forms of the evaluation page and of a meeting's feedback, as typed: checked by
 * their controllers.
 */
final class EvaluationForms {

	private EvaluationForms() {
	}

	/**
	 * A new outcome: what should change, how it is counted, and its value before the
	 * project.
	 */
	static class OutcomeForm {

		private String title = "";

		private String indicator = "";

		private String baseline = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getIndicator() {
			return indicator;
		}

		public void setIndicator(String indicator) {
			this.indicator = indicator;
		}

		public String getBaseline() {
			return baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

	}

	/** Anonymous feedback on a meeting: a rating from 1 to 5 and an optional comment. */
	static class FeedbackForm {

		private String rating = "";

		private String comment = "";

		public String getRating() {
			return rating;
		}

		public void setRating(String rating) {
			this.rating = rating;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	/** The date of the project's next review, or empty for none. */
	static class ReviewForm {

		private String reviewOn = "";

		public String getReviewOn() {
			return reviewOn;
		}

		public void setReviewOn(String reviewOn) {
			this.reviewOn = reviewOn;
		}

	}

}
