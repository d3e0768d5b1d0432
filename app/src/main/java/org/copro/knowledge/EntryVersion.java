package org.copro.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * The content of an entry as one save left it, with who saved it, when and why: the
 * public history.
 */
@Entity
@Table(name = "kb_entry_version")
class EntryVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long entryId;

	private int number;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_type")
	private EntryType type = EntryType.CASE;

	private String title = "";

	private String summary = "";

	private String body = "";

	private String period = "";

	private String country = "";

	private String region = "";

	private String localArea = "";

	private String serviceAreas = "";

	private String approaches = "";

	private String keywords = "";

	private String contributors = "";

	private String publications = "";

	private String url = "";

	private String language = "en";

	private @Nullable Long editorAccount;

	private String editorName = "";

	private String changeNote = "";

	private Instant createdAt = Instant.now();

	protected EntryVersion() {
	}

	EntryVersion(KnowledgeEntry entry, int number, @Nullable Long editorAccount, String editorName, String changeNote) {
		this.entryId = entry.id();
		this.number = number;
		this.type = entry.type();
		this.title = entry.title();
		this.summary = entry.summary();
		this.body = entry.body();
		this.period = entry.period();
		this.country = entry.country();
		this.region = entry.region();
		this.localArea = entry.localArea();
		this.serviceAreas = entry.serviceAreaText();
		this.approaches = entry.approachText();
		this.keywords = entry.keywordText();
		this.contributors = entry.contributors();
		this.publications = entry.publicationText();
		this.url = entry.url();
		this.language = entry.language();
		this.editorAccount = editorAccount;
		this.editorName = editorName;
		this.changeNote = changeNote;
	}

	/**
	 * The fields a reader compares, by the message key of their label, in the order the
	 * entry page shows them.
	 */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("knowledge.form.type", type.code());
		fields.put("knowledge.form.title", title);
		fields.put("knowledge.form.summary", summary);
		fields.put("knowledge.form.body", body);
		fields.put("knowledge.form.period", period);
		fields.put("knowledge.form.country", country);
		fields.put("knowledge.form.region", region);
		fields.put("knowledge.form.local-area", localArea);
		fields.put("knowledge.form.service-areas", serviceAreas);
		fields.put("knowledge.form.approaches", approaches);
		fields.put("knowledge.form.keywords", keywords);
		fields.put("knowledge.form.contributors", contributors);
		fields.put("knowledge.form.publications", publications);
		fields.put("knowledge.form.url", url);
		fields.put("knowledge.form.language", language);
		return fields;
	}

	void forgetEditor() {
		this.editorAccount = null;
		this.editorName = "";
	}

	public long entryId() {
		return entryId;
	}

	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	public @Nullable Long editorAccount() {
		return editorAccount;
	}

	public String editorName() {
		return editorName;
	}

	public String changeNote() {
		return changeNote;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
