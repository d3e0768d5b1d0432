package org.copro.knowledge;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person writes when they submit or edit an entry; lists are one value a line (or
 * separated by commas).
 */
class EntryForm {

	static final List<String> FIELDS = List.of("type", "title", "summary", "body", "period", "country", "region",
			"localArea", "serviceAreas", "approaches", "keywords", "contributors", "publications", "url", "language",
			"translation", "changeNote");

	private String type = "";

	@NotBlank(message = "{knowledge.form.title.required}")
	@Size(max = 300, message = "{knowledge.form.title.too-long}")
	private String title = "";

	@NotBlank(message = "{knowledge.form.summary.required}")
	@Size(max = 2000, message = "{knowledge.form.summary.too-long}")
	private String summary = "";

	@Size(max = 50_000, message = "{knowledge.form.body.too-long}")
	private String body = "";

	@Size(max = 40, message = "{knowledge.form.period.too-long}")
	private String period = "";

	@Size(max = 200, message = "{knowledge.form.place.too-long}")
	private String country = "";

	@Size(max = 200, message = "{knowledge.form.place.too-long}")
	private String region = "";

	@Size(max = 200, message = "{knowledge.form.place.too-long}")
	private String localArea = "";

	@Size(max = 2000, message = "{knowledge.form.list.too-long}")
	private String serviceAreas = "";

	@Size(max = 2000, message = "{knowledge.form.list.too-long}")
	private String approaches = "";

	@Size(max = 2000, message = "{knowledge.form.list.too-long}")
	private String keywords = "";

	@Size(max = 2000, message = "{knowledge.form.list.too-long}")
	private String contributors = "";

	@Size(max = 8000, message = "{knowledge.form.list.too-long}")
	private String publications = "";

	@Size(max = 2000, message = "{knowledge.form.url.too-long}")
	private String url = "";

	private String language = "en";

	private String translation = "";

	@Size(max = 500, message = "{knowledge.form.change-note.too-long}")
	private String changeNote = "";

	static EntryForm of(KnowledgeEntry entry) {
		EntryForm form = new EntryForm();
		form.type = entry.type().code();
		form.title = entry.title();
		form.summary = entry.summary();
		form.body = entry.body();
		form.period = entry.period();
		form.country = entry.country();
		form.region = entry.region();
		form.localArea = entry.localArea();
		form.serviceAreas = entry.serviceAreaText();
		form.approaches = entry.approachText();
		form.keywords = entry.keywordText();
		form.contributors = entry.contributors();
		form.publications = entry.publicationText();
		form.url = entry.url();
		form.language = entry.language();
		form.translation = entry.translationId() == null ? "" : entry.translationId().toString();
		return form;
	}

	/** A list field as values: one a line, or separated by commas or semicolons. */
	static List<String> values(String text) {
		return Arrays.stream(text.split("[\\n,;]"))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
	}

	/**
	 * Lines kept as written, without blank ones and with Windows line ends made plain.
	 */
	static String lines(String text) {
		return String.join("\n",
				text.replace("\r", "").lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getLocalArea() {
		return localArea;
	}

	public void setLocalArea(String localArea) {
		this.localArea = localArea;
	}

	public String getServiceAreas() {
		return serviceAreas;
	}

	public void setServiceAreas(String serviceAreas) {
		this.serviceAreas = serviceAreas;
	}

	public String getApproaches() {
		return approaches;
	}

	public void setApproaches(String approaches) {
		this.approaches = approaches;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getContributors() {
		return contributors;
	}

	public void setContributors(String contributors) {
		this.contributors = contributors;
	}

	public String getPublications() {
		return publications;
	}

	public void setPublications(String publications) {
		this.publications = publications;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTranslation() {
		return translation;
	}

	public void setTranslation(String translation) {
		this.translation = translation;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

}
