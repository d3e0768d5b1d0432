package org.copro.projects;

import java.util.Optional;

import org.copro.identity.SignedInAccount;
import org.copro.web.ScopeGuard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other tools file under {@code project:ID} is seen by whoever may read the
 * project's workspace: everyone for a public project, its members and administrators
 * otherwise. A scope naming no project is hidden.
 */
@Component
class ProjectScopeGuard implements ScopeGuard {

	private static final String PREFIX = "project:";

	private final ProjectRepository projects;

	private final MemberRepository members;

	private final ProjectsPermissions permissions;

	ProjectScopeGuard(ProjectRepository projects, MemberRepository members, ProjectsPermissions permissions) {
		this.projects = projects;
		this.members = members;
		this.permissions = permissions;
	}

	@Override
	public boolean owns(String scope) {
		return scope.startsWith(PREFIX);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean visibleTo(String scope, @Nullable Object principal) {
		SignedInAccount person = principal instanceof SignedInAccount signedIn ? signedIn : null;
		return project(scope).map(project -> permissions.canRead(person, project)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean reaches(String scope, long account) {
		return project(scope)
			.map(project -> project.visibility() == Visibility.PUBLIC
					|| members.findByProjectIdAndAccountId(project.id(), account).isPresent())
			.orElse(false);
	}

	private Optional<Project> project(String scope) {
		try {
			return projects.findById(Long.parseLong(scope.substring(PREFIX.length())));
		}
		catch (NumberFormatException notAProject) {
			return Optional.empty();
		}
	}

}
