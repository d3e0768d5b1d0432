package org.copro.projects;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** The report as a member edits it, with the version they started from. */
class ReportForm extends TextLanguageForm {

	static final int MAX = 20000;

	private int basedOn;

	@NotBlank(message = "{projects.report.summary.required}")
	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String summary = "";

	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String whatWeDid = "";

	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String outcomes = "";

	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String feedback = "";

	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String whatChanged = "";

	@Size(max = MAX, message = "{projects.report.section.too-long}")
	private String youSaidWeDid = "";

	static ReportForm of(int basedOn, Map<ReportSection, String> texts) {
		ReportForm form = new ReportForm();
		form.basedOn = basedOn;
		form.summary = texts.getOrDefault(ReportSection.SUMMARY, "");
		form.whatWeDid = texts.getOrDefault(ReportSection.WHAT_WE_DID, "");
		form.outcomes = texts.getOrDefault(ReportSection.OUTCOMES, "");
		form.feedback = texts.getOrDefault(ReportSection.FEEDBACK, "");
		form.whatChanged = texts.getOrDefault(ReportSection.WHAT_CHANGED, "");
		form.youSaidWeDid = texts.getOrDefault(ReportSection.YOU_SAID_WE_DID, "");
		return form;
	}

	public Map<ReportSection, String> texts() {
		Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
		texts.put(ReportSection.SUMMARY, summary);
		texts.put(ReportSection.WHAT_WE_DID, whatWeDid);
		texts.put(ReportSection.OUTCOMES, outcomes);
		texts.put(ReportSection.FEEDBACK, feedback);
		texts.put(ReportSection.WHAT_CHANGED, whatChanged);
		texts.put(ReportSection.YOU_SAID_WE_DID, youSaidWeDid);
		return texts;
	}

	/** One section's text as the member left it. */
	public String text(ReportSection section) {
		return texts().get(section).replace("\r\n", "\n").strip();
	}

	public int getBasedOn() {
		return basedOn;
	}

	public void setBasedOn(int basedOn) {
		this.basedOn = basedOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getWhatWeDid() {
		return whatWeDid;
	}

	public void setWhatWeDid(String whatWeDid) {
		this.whatWeDid = whatWeDid;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public String getFeedback() {
		return feedback;
	}

	public void setFeedback(String feedback) {
		this.feedback = feedback;
	}

	public String getWhatChanged() {
		return whatChanged;
	}

	public void setWhatChanged(String whatChanged) {
		this.whatChanged = whatChanged;
	}

	public String getYouSaidWeDid() {
		return youSaidWeDid;
	}

	public void setYouSaidWeDid(String youSaidWeDid) {
		this.youSaidWeDid = youSaidWeDid;
	}

}
