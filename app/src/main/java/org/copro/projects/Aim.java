package org.copro.projects;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An aim or objective drafted together, with the members who have agreed to it. */
@Entity
@Table(name = "project_aim")
class Aim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private String text = "";

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_aim_agreement", joinColumns = @JoinColumn(name = "aim_id"))
	@Column(name = "account_id")
	private Set<Long> agreedBy = new TreeSet<>();

	protected Aim() {
	}

	Aim(long projectId, String text) {
		this.projectId = projectId;
		this.text = text.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Aim not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public String text() {
		return text;
	}

	public Set<Long> agreedBy() {
		return Set.copyOf(agreedBy);
	}

	void agree(long accountId) {
		agreedBy.add(accountId);
	}

	void withdraw(long accountId) {
		agreedBy.remove(accountId);
	}

}
