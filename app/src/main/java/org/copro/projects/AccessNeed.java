package org.copro.projects;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * What a member needs to take part, seen only by themselves and the project's co-leads.
 */
@Entity
@Table(name = "project_access_need")
class AccessNeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private long accountId;

	private String text = "";

	private Instant updatedAt = Instant.now();

	protected AccessNeed() {
	}

	AccessNeed(long projectId, long accountId, String text) {
		this.projectId = projectId;
		this.accountId = accountId;
		this.text = text.strip();
	}

	long projectId() {
		return projectId;
	}

	public long accountId() {
		return accountId;
	}

	public String text() {
		return text;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	void change(String newText) {
		text = newText.strip();
		updatedAt = Instant.now();
	}

}
