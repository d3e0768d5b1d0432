package org.copro.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A call for ideas: the space in which participants make proposals, open or closed for
 * new ones.
 */
@Entity
@Table(name = "prop_space")
class ProposalSpace {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String description = "";

	private String language = "en";

	@Column(name = "is_open")
	private boolean open;

	/**
	 * The project or group that owns the space, e.g. {@code project:7}; a name, not a
	 * foreign key.
	 */
	private @Nullable String scope;

	private long createdBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected ProposalSpace() {
	}

	ProposalSpace(String title, String description, String language, boolean open, @Nullable String scope,
			AccountId facilitator) {
		this.language = language;
		this.title = title.strip();
		this.description = description.strip();
		this.open = open;
		this.scope = scope == null || scope.isBlank() ? null : scope.strip();
		this.createdBy = facilitator.value();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Space not saved yet");
		}
		return id;
	}

	String title() {
		return title;
	}

	@Nullable String scope() {
		return scope;
	}

	boolean open() {
		return open;
	}

	void setOpen(boolean open) {
		this.open = open;
	}

	// Getters for templates, which read properties.
	public long getId() {
		return id();
	}

	public String getTitle() {
		return title;
	}

	/**
	 * The language the title and description are written in: {@code en} or {@code cy}.
	 */
	public String getLanguage() {
		return language;
	}

	public String getDescription() {
		return description;
	}

	public java.util.List<String> getParagraphs() {
		return Paragraphs.of(description);
	}

	public boolean isOpen() {
		return open;
	}

	public @Nullable String getScope() {
		return scope;
	}

}
