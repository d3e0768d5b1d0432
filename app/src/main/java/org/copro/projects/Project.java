package org.copro.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A co-production project. Accessors are public only so that templates can read them. */
@Entity
@Table(name = "project_project")
// An update writes only what changed, so that it keeps the marks set beside it: the
// review reminder's (ProjectRepository.claimReviewReminder) and the call for a new
// co-lead (ProjectRepository.markNeedsLead).
@DynamicUpdate
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

	private @Nullable LocalDate nextReviewOn;

	private @Nullable Instant reportPublishedAt;

	private @Nullable Integer reportPublishedVersion;

	private @Nullable LocalDate reviewRemindedFor;

	private boolean needsLead;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_concerned_group", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "group_code")
	@Enumerated(EnumType.STRING)
	private Set<CommunityGroup> concernedGroups = EnumSet.noneOf(CommunityGroup.class);

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

	/**
	 * The key under which the accountability log and other modules file what belongs to
	 * this project.
	 */
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

	/**
	 * The groups the project's aims concern, for the "usual suspects" check of the
	 * stakeholder map.
	 */
	public Set<CommunityGroup> concernedGroups() {
		return Set.copyOf(concernedGroups);
	}

	void concern(Set<CommunityGroup> groups) {
		concernedGroups.clear();
		concernedGroups.addAll(groups);
	}

	public @Nullable LocalDate nextReviewOn() {
		return nextReviewOn;
	}

	public boolean reportPublished() {
		return reportPublishedAt != null;
	}

	void scheduleReview(@Nullable LocalDate on) {
		nextReviewOn = on;
	}

	/** The version of the report the public reads, or null while none is published. */
	public @Nullable Integer reportPublishedVersion() {
		return reportPublishedAt == null ? null : reportPublishedVersion;
	}

	void publishReport(int versionNumber) {
		reportPublishedAt = Instant.now();
		reportPublishedVersion = versionNumber;
	}

	void unpublishReport() {
		reportPublishedAt = null;
		reportPublishedVersion = null;
	}

	/**
	 * Whether the members are due a reminder of the next review on this day (a week
	 * before it, once).
	 */
	boolean reviewReminderDue(LocalDate today, int daysBefore) {
		return nextReviewOn != null && !today.isAfter(nextReviewOn)
				&& !today.isBefore(nextReviewOn.minusDays(daysBefore)) && !nextReviewOn.equals(reviewRemindedFor);
	}

	/**
	 * Whether the project lost its last co-lead and waits for an administrator to appoint
	 * one.
	 */
	public boolean needsLead() {
		return needsLead;
	}

	void needsLead(boolean needed) {
		needsLead = needed;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
