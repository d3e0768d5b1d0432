package org.copro.knowledge;

import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A collection as a moderator writes it: both languages, and the entries one a line
 * (number or link).
 */
class CollectionForm {

	static final java.util.List<String> FIELDS = java.util.List.of("titleEn", "titleCy", "descriptionEn",
			"descriptionCy", "entries");

	@NotBlank(message = "{knowledge.collection.title-en.required}")
	@Size(max = 200, message = "{knowledge.collection.title.too-long}")
	private String titleEn = "";

	@NotBlank(message = "{knowledge.collection.title-cy.required}")
	@Size(max = 200, message = "{knowledge.collection.title.too-long}")
	private String titleCy = "";

	@Size(max = 2000, message = "{knowledge.collection.description.too-long}")
	private String descriptionEn = "";

	@Size(max = 2000, message = "{knowledge.collection.description.too-long}")
	private String descriptionCy = "";

	@Size(max = 4000, message = "{knowledge.collection.entries.too-long}")
	private String entries = "";

	static CollectionForm of(KnowledgeCollection collection) {
		CollectionForm form = new CollectionForm();
		form.titleEn = collection.titleEn();
		form.titleCy = collection.titleCy();
		form.descriptionEn = collection.descriptionEn();
		form.descriptionCy = collection.descriptionCy();
		form.entries = collection.entryIds().stream().map(String::valueOf).collect(Collectors.joining("\n"));
		return form;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleCy() {
		return titleCy;
	}

	public void setTitleCy(String titleCy) {
		this.titleCy = titleCy;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionCy() {
		return descriptionCy;
	}

	public void setDescriptionCy(String descriptionCy) {
		this.descriptionCy = descriptionCy;
	}

	public String getEntries() {
		return entries;
	}

	public void setEntries(String entries) {
		this.entries = entries;
	}

}
