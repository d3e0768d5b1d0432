package org.copro.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One version of one of a project's agreements; a change makes a new version that members
 * agree to afresh.
 */
@Entity
@Table(name = "project_agreement_version")
class AgreementVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind = AgreementKind.GROUND_RULES;

	private int versionNumber;

	private String text = "";

	@Enumerated(EnumType.STRING)
	private @Nullable DecisionMethod method;

	private @Nullable Long authorId;

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_communication_row", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "row_index")
	private List<CommunicationRow> rows = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_agreement_signature", joinColumns = @JoinColumn(name = "version_id"))
	@Column(name = "account_id")
	private Set<Long> agreedBy = new TreeSet<>();

	protected AgreementVersion() {
	}

	AgreementVersion(long projectId, AgreementKind kind, int versionNumber, String text,
			@Nullable DecisionMethod method, List<CommunicationRow> rows, long authorId) {
		this.projectId = projectId;
		this.kind = kind;
		this.versionNumber = versionNumber;
		this.text = text.strip();
		this.method = method;
		this.rows = new ArrayList<>(rows);
		this.authorId = authorId;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Agreement not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public AgreementKind kind() {
		return kind;
	}

	public int versionNumber() {
		return versionNumber;
	}

	public String text() {
		return text;
	}

	public @Nullable DecisionMethod method() {
		return method;
	}

	public List<CommunicationRow> rows() {
		return List.copyOf(rows);
	}

	public @Nullable Long authorId() {
		return authorId;
	}

	public Instant createdAt() {
		return createdAt;
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

	void forgetAuthor(long accountId) {
		if (authorId != null && authorId == accountId) {
			authorId = null;
		}
	}

}
