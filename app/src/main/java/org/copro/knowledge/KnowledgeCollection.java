package org.copro.knowledge;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A set of entries that moderators put together and order, such as "Getting started" or
 * "Wales", titled and described in English and Welsh.
 */
@Entity
@Table(name = "kb_collection")
class KnowledgeCollection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String titleEn = "";

	private String titleCy = "";

	private String descriptionEn = "";

	private String descriptionCy = "";

	/** The entries' ids in their order, one a line. */
	private String entryIds = "";

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected KnowledgeCollection() {
	}

	KnowledgeCollection(String titleEn, String titleCy, String descriptionEn, String descriptionCy,
			List<Long> entries) {
		change(titleEn, titleCy, descriptionEn, descriptionCy, entries);
	}

	void change(String titleEn, String titleCy, String descriptionEn, String descriptionCy, List<Long> entries) {
		this.titleEn = titleEn;
		this.titleCy = titleCy;
		this.descriptionEn = descriptionEn;
		this.descriptionCy = descriptionCy;
		this.entryIds = entries.stream().map(String::valueOf).collect(Collectors.joining("\n"));
		this.updatedAt = Instant.now();
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("Collection not saved yet");
		}
		return id;
	}

	public String title(String language) {
		return language.equals("cy") ? titleCy : titleEn;
	}

	public String description(String language) {
		return language.equals("cy") ? descriptionCy : descriptionEn;
	}

	public String titleEn() {
		return titleEn;
	}

	public String titleCy() {
		return titleCy;
	}

	public String descriptionEn() {
		return descriptionEn;
	}

	public String descriptionCy() {
		return descriptionCy;
	}

	public List<Long> entryIds() {
		return entryIds.isEmpty() ? List.of() : Arrays.stream(entryIds.split("\n")).map(Long::valueOf).toList();
	}

}
