package org.copro.projects;

import java.util.Optional;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a project. Anyone signed in starts a project; members take part;
 * co-leads manage the project, its members and the claims; administrators may look at any
 * project's workspace but see no member's personal data (claims, access needs).
 */
@Component
class ProjectsPermissions {

	private final MemberRepository members;

	ProjectsPermissions(MemberRepository members) {
		this.members = members;
	}

	boolean canCreate(@Nullable SignedInAccount actor) {
		return actor != null;
	}

	/** Whether the person may know that the project exists and read its summary. */
	boolean canSeeSummary(@Nullable SignedInAccount actor, Project project) {
		return project.visibility() != Visibility.PRIVATE || isMember(actor, project) || isAdministrator(actor);
	}

	/** Whether the person may read the workspace: aims, agreements, meetings. */
	boolean canRead(@Nullable SignedInAccount actor, Project project) {
		return project.visibility() == Visibility.PUBLIC || isMember(actor, project) || isAdministrator(actor);
	}

	/**
	 * Names of members are shown to members and administrators; the public sees the
	 * balance of roles.
	 */
	boolean canSeeMembers(@Nullable SignedInAccount actor, Project project) {
		return isMember(actor, project) || isAdministrator(actor);
	}

	boolean canContribute(@Nullable SignedInAccount actor, Project project) {
		return isMember(actor, project);
	}

	boolean canLead(@Nullable SignedInAccount actor, Project project) {
		return membership(actor, project).map(Member::coLead).orElse(false);
	}

	/**
	 * Co-leads manage members; so do administrators while a project has lost its last
	 * co-lead.
	 */
	boolean canManageMembers(@Nullable SignedInAccount actor, Project project) {
		return canLead(actor, project) || (project.needsLead() && isAdministrator(actor));
	}

	boolean isMember(@Nullable SignedInAccount actor, Project project) {
		return membership(actor, project).isPresent();
	}

	Optional<Member> membership(@Nullable SignedInAccount actor, Project project) {
		if (actor == null) {
			return Optional.empty();
		}
		return members.findByProjectIdAndAccountId(project.id(), actor.account().value());
	}

	/**
	 * The project when the person may know of it; a private project is "not found" to
	 * everyone else.
	 */
	Project requireSummary(@Nullable SignedInAccount actor, Project project) {
		if (!canSeeSummary(actor, project)) {
			throw new ProjectNotFoundException("project " + project.id());
		}
		return project;
	}

	Project requireRead(@Nullable SignedInAccount actor, Project project) {
		requireSummary(actor, project);
		if (!canRead(actor, project)) {
			throw new AccessDeniedException("Only members read the workspace of project " + project.id());
		}
		return project;
	}

	Project requireMember(@Nullable SignedInAccount actor, Project project) {
		requireSummary(actor, project);
		if (!canContribute(actor, project)) {
			throw new AccessDeniedException("Only members of project " + project.id() + " may do this");
		}
		return project;
	}

	Project requireLead(@Nullable SignedInAccount actor, Project project) {
		requireSummary(actor, project);
		if (!canLead(actor, project)) {
			throw new AccessDeniedException("Only co-leads of project " + project.id() + " may do this");
		}
		return project;
	}

	Project requireMemberManager(@Nullable SignedInAccount actor, Project project) {
		requireSummary(actor, project);
		if (!canManageMembers(actor, project)) {
			throw new AccessDeniedException("Only co-leads of project " + project.id() + " manage its members");
		}
		return project;
	}

	static boolean isAdministrator(@Nullable SignedInAccount actor) {
		return actor != null && actor.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
	}

}
