package org.copro.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A PDF or image attached to an entry; the file itself lies under the data folder by its
 * stored name.
 */
@Entity
@Table(name = "kb_attachment")
class KnowledgeAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long entryId;

	private String fileName = "";

	private String contentType = "";

	private long sizeBytes;

	private String storedName = "";

	private @Nullable Long uploadedBy;

	private Instant uploadedAt = Instant.now();

	protected KnowledgeAttachment() {
	}

	KnowledgeAttachment(long entryId, String fileName, String contentType, long sizeBytes, String storedName,
			long uploadedBy) {
		this.entryId = entryId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storedName = storedName;
		this.uploadedBy = uploadedBy;
	}

	void forgetUploader() {
		uploadedBy = null;
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("Attachment not saved yet");
		}
		return id;
	}

	public long entryId() {
		return entryId;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	/** The size as people read it: in KB below one MB, else in MB with one decimal. */
	public String size() {
		return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
				: String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

	public String kind() {
		return contentType.equals("application/pdf") ? "PDF" : contentType.equals("image/png") ? "PNG" : "JPEG";
	}

	String storedName() {
		return storedName;
	}

}
