package org.copro.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Asks the module that owns a scope whether a person may see what is filed under it. A
 * scope no module owns (a free label) and no scope at all are public.
 */
@Component
public class Scopes {

	private final List<ScopeGuard> guards;

	Scopes(List<ScopeGuard> guards) {
		this.guards = List.copyOf(guards);
	}

	public boolean visibleTo(@Nullable String scope, @Nullable Object principal) {
		if (scope == null || scope.isBlank()) {
			return true;
		}
		return guards.stream().filter(guard -> guard.owns(scope)).allMatch(guard -> guard.visibleTo(scope, principal));
	}

	/** Whether a notice about something filed under the scope may go to this account. */
	public boolean reaches(@Nullable String scope, long account) {
		if (scope == null || scope.isBlank()) {
			return true;
		}
		return guards.stream().filter(guard -> guard.owns(scope)).allMatch(guard -> guard.reaches(scope, account));
	}

	/** The scopes among these that the person may not see. */
	public Set<String> hiddenFrom(@Nullable Object principal, Collection<String> scopes) {
		Set<String> hidden = new HashSet<>();
		for (ScopeGuard guard : guards) {
			List<String> owned = scopes.stream().filter(scope -> scope != null && guard.owns(scope)).toList();
			if (!owned.isEmpty()) {
				hidden.addAll(guard.hiddenFrom(owned, principal));
			}
		}
		return hidden;
	}

}
