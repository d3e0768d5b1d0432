package org.copro.projects;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

	/**
	 * The log asks for every scope it holds on each view: one query for the projects, one
	 * for the memberships.
	 */
	@Override
	@Transactional(readOnly = true)
	public Set<String> hiddenFrom(Collection<String> scopes, @Nullable Object principal) {
		SignedInAccount person = principal instanceof SignedInAccount signedIn ? signedIn : null;
		Map<String, Long> ids = new HashMap<>();
		for (String scope : scopes) {
			try {
				ids.put(scope, Long.parseLong(scope.substring(PREFIX.length())));
			}
			catch (NumberFormatException notAProject) {
				// Hidden below: it names no project.
			}
		}
		Map<Long, Project> found = projects.findAllById(ids.values())
			.stream()
			.collect(Collectors.toMap(Project::id, project -> project));
		Set<Long> memberOf = person == null ? Set.of()
				: members.findByAccountId(person.account().value())
					.stream()
					.map(Member::projectId)
					.collect(Collectors.toSet());
		boolean administrator = ProjectsPermissions.isAdministrator(person);
		Set<String> hidden = new HashSet<>();
		for (String scope : scopes) {
			Project project = ids.containsKey(scope) ? found.get(ids.get(scope)) : null;
			boolean readable = project != null
					&& (project.visibility() == Visibility.PUBLIC || memberOf.contains(project.id()) || administrator);
			if (!readable) {
				hidden.add(scope);
			}
		}
		return hidden;
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
