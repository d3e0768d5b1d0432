package org.copro.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A co-production project. Accessors are public only so that templates can read them. */
@Entity
@Table(name = "project_project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String purpose = "";

	private String serviceArea = "";

	private String place = "";

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private Phase phase = Phase.PLANNING;

	@Enumerated(EnumType.STRING)
	private Visibility visibility = Visibility.PRIVATE;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Project() {
	}

	Project(ProjectForm.Details details) {
		change(details);
	}

	void change(ProjectForm.Details details) {
		this.title = details.title();
		this.purpose = details.purpose();
		this.serviceArea = details.serviceArea();
		this.place = details.place();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.phase = details.phase();
		this.visibility = details.visibility();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Project not saved yet");
		}
		return id;
	}

	/** The key under which the accountability log and other modules file what belongs to this project. */
	public String scope() {
		return "project:" + id();
	}

	public String title() {
		return title;
	}

	public String purpose() {
		return purpose;
	}

	public List<String> paragraphs() {
		return Arrays.stream(purpose.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public String serviceArea() {
		return serviceArea;
	}

	public String place() {
		return place;
	}

	public @Nullable LocalDate startDate() {
		return startDate;
	}

	public @Nullable LocalDate endDate() {
		return endDate;
	}

	public Phase phase() {
		return phase;
	}

	public Visibility visibility() {
		return visibility;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
