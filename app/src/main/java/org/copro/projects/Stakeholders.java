package org.copro.projects;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stakeholder map of a project and the "usual suspects" check. */
@Service
class Stakeholders {

	private final StakeholderRepository stakeholders;

	private final ProjectRepository projects;

	Stakeholders(StakeholderRepository stakeholders, ProjectRepository projects) {
		this.stakeholders = stakeholders;
		this.projects = projects;
	}

	@Transactional(readOnly = true)
	List<Stakeholder> list(long projectId) {
		return stakeholders.findByProjectIdOrderByIdAsc(projectId);
	}

	@Transactional
	long add(long projectId, String name, StakeholderKind kind, int interest, int influence, InvitationStatus status,
			Set<CommunityGroup> groups) {
		return add(projectId, name, kind, interest, influence, status, groups, null);
	}

	/**
	 * Adds a stakeholder, linked to an organisation in the directory when one was picked.
	 */
	@Transactional
	long add(long projectId, String name, StakeholderKind kind, int interest, int influence, InvitationStatus status,
			Set<CommunityGroup> groups, @Nullable Long organisationId) {
		return stakeholders
			.save(new Stakeholder(projectId, name, kind, interest, influence, status, groups, organisationId))
			.id();
	}

	@Transactional
	void changeStatus(long projectId, long stakeholderId, InvitationStatus status) {
		find(projectId, stakeholderId).changeStatus(status);
	}

	@Transactional
	void remove(long projectId, long stakeholderId) {
		stakeholders.delete(find(projectId, stakeholderId));
	}

	private Stakeholder find(long projectId, long stakeholderId) {
		return stakeholders.findById(stakeholderId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("stakeholder " + stakeholderId));
	}

	@Transactional
	void concern(long projectId, Set<CommunityGroup> groups) {
		projects.findById(projectId)
			.orElseThrow(() -> new ProjectNotFoundException("project " + projectId))
			.concern(groups);
	}

	/** The groups the project's aims concern that no involved stakeholder speaks for. */
	@Transactional(readOnly = true)
	Set<CommunityGroup> missing(Project project) {
		Set<CommunityGroup> missing = project.concernedGroups().isEmpty() ? EnumSet.noneOf(CommunityGroup.class)
				: EnumSet.copyOf(project.concernedGroups());
		list(project.id()).stream()
			.filter(s -> s.status() == InvitationStatus.INVOLVED)
			.forEach(s -> missing.removeAll(s.groups()));
		return missing;
	}

}
