package org.copro.projects;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One saved version of a project's report: its six sections and who saved it. */
@Entity(name = "ProjectReportVersion")
@Table(name = "project_report_version")
class ReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private int versionNumber;

	private String summary = "";

	private String whatWeDid = "";

	private String outcomes = "";

	private String feedback = "";

	private String whatChanged = "";

	private String youSaidWeDid = "";

	private String language = "en";

	private @Nullable Long editorId;

	private Instant savedAt = Instant.now();

	protected ReportVersion() {
	}

	ReportVersion(long projectId, int versionNumber, Map<ReportSection, String> texts, String language, long editorId) {
		this.projectId = projectId;
		this.versionNumber = versionNumber;
		this.summary = clean(texts.get(ReportSection.SUMMARY));
		this.whatWeDid = clean(texts.get(ReportSection.WHAT_WE_DID));
		this.outcomes = clean(texts.get(ReportSection.OUTCOMES));
		this.feedback = clean(texts.get(ReportSection.FEEDBACK));
		this.whatChanged = clean(texts.get(ReportSection.WHAT_CHANGED));
		this.youSaidWeDid = clean(texts.get(ReportSection.YOU_SAID_WE_DID));
		this.language = language;
		this.editorId = editorId;
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Report version not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	/** The language the text is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public int versionNumber() {
		return versionNumber;
	}

	public String text(ReportSection section) {
		return switch (section) {
			case SUMMARY -> summary;
			case WHAT_WE_DID -> whatWeDid;
			case OUTCOMES -> outcomes;
			case FEEDBACK -> feedback;
			case WHAT_CHANGED -> whatChanged;
			case YOU_SAID_WE_DID -> youSaidWeDid;
		};
	}

	/** Every section's text, in the order of the report. */
	public Map<ReportSection, String> texts() {
		Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
		for (ReportSection section : ReportSection.values()) {
			texts.put(section, text(section));
		}
		return texts;
	}

	/** The section's paragraphs, split at blank lines. */
	static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public @Nullable Long editorId() {
		return editorId;
	}

	public Instant savedAt() {
		return savedAt;
	}

	/** When it was saved, on the clock of the people it is for. */
	public ZonedDateTime savedOn() {
		return savedAt.atZone(ZoneId.of("Europe/London"));
	}

	/** The paragraphs of one section. */
	public List<String> paragraphs(ReportSection section) {
		return paragraphs(text(section));
	}

	void forgetEditor(long accountId) {
		if (editorId != null && editorId == accountId) {
			editorId = null;
		}
	}

}
