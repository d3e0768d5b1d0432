package org.copro.projects;

/**
 * The sections of a project report, in the order they are read; the field is the form's
 * and the column's.
 */
enum ReportSection {

	SUMMARY("summary"), WHAT_WE_DID("whatWeDid"), OUTCOMES("outcomes"), FEEDBACK("feedback"),
	WHAT_CHANGED("whatChanged"), YOU_SAID_WE_DID("youSaidWeDid");

	private final String field;

	ReportSection(String field) {
		this.field = field;
	}

	/** The name of the form field that holds the section. */
	public String field() {
		return field;
	}

	/** The message key of the section's heading. */
	public String heading() {
		return "projects.report.section." + field;
	}

}
