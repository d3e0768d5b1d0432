package org.copro.projects;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * Someone the project should involve: a person, a group or an organisation, placed on the
 * power/interest grid.
 */
@Entity
@Table(name = "project_stakeholder")
class Stakeholder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private StakeholderKind kind = StakeholderKind.GROUP;

	private int interest;

	private int influence;

	@Enumerated(EnumType.STRING)
	private InvitationStatus status = InvitationStatus.NOT_INVITED;

	private Instant createdAt = Instant.now();

	private @Nullable Long organisationId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_stakeholder_group", joinColumns = @JoinColumn(name = "stakeholder_id"))
	@Column(name = "group_code")
	@Enumerated(EnumType.STRING)
	private Set<CommunityGroup> groups = EnumSet.noneOf(CommunityGroup.class);

	protected Stakeholder() {
	}

	Stakeholder(long projectId, String name, StakeholderKind kind, int interest, int influence, InvitationStatus status,
			Set<CommunityGroup> groups, @Nullable Long organisationId) {
		this.projectId = projectId;
		this.organisationId = organisationId;
		this.name = name.strip();
		this.kind = kind;
		this.interest = interest;
		this.influence = influence;
		this.status = status;
		this.groups = groups.isEmpty() ? EnumSet.noneOf(CommunityGroup.class) : EnumSet.copyOf(groups);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Stakeholder not saved yet");
		}
		return id;
	}

	long projectId() {
		return projectId;
	}

	public String name() {
		return name;
	}

	/**
	 * The organisation in the directory this stakeholder is, if it was picked from there.
	 */
	public @Nullable Long organisationId() {
		return organisationId;
	}

	public StakeholderKind kind() {
		return kind;
	}

	public int interest() {
		return interest;
	}

	public int influence() {
		return influence;
	}

	public InvitationStatus status() {
		return status;
	}

	public Set<CommunityGroup> groups() {
		return Set.copyOf(groups);
	}

	/** The quadrant of the power/interest grid the stakeholder falls in. */
	public String quadrant() {
		boolean highInterest = interest >= 3;
		boolean highInfluence = influence >= 3;
		if (highInfluence) {
			return highInterest ? "MANAGE_CLOSELY" : "KEEP_SATISFIED";
		}
		return highInterest ? "KEEP_INFORMED" : "MONITOR";
	}

	void changeStatus(InvitationStatus newStatus) {
		status = newStatus;
	}

}
