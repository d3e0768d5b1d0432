package org.copro.web;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The contract by which a module that owns a space (a project, say) tells the
 * participation tools filed under it who may see them. Decisions, calls for ideas and the
 * "you said, we did" log carry a scope such as {@code project:7}; a private project's
 * decision is shown only to whom the project shows its workspace.
 */
public interface ScopeGuard {

	/**
	 * Whether the scope is one of this module's, e.g. every scope starting
	 * {@code project:}.
	 */
	boolean owns(String scope);

	/**
	 * Whether this person may see what is filed under the scope.
	 * @param principal the signed-in person as Spring Security holds them; null when
	 * nobody is signed in
	 */
	boolean visibleTo(String scope, @Nullable Object principal);

	/**
	 * Whether a notice about something filed under the scope (a reminder to vote, say)
	 * may go to this account: for a private space only its members, so that its titles
	 * reach no one else.
	 */
	boolean reaches(String scope, long account);

	/**
	 * Which of these scopes (all this module's) the person may not see; a module answers
	 * for many at once where asking one by one would cost a query each.
	 */
	default Set<String> hiddenFrom(Collection<String> scopes, @Nullable Object principal) {
		return scopes.stream().filter(scope -> !visibleTo(scope, principal)).collect(Collectors.toSet());
	}

}
