package org.copro.projects;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Members' names by account id, for pages that say who agreed, came or owns an action.
 */
record Names(Map<Long, String> byAccount, String formerMember) {

	/**
	 * The member's name, or "former member" for someone who has left or deleted their
	 * account.
	 */
	public String of(@Nullable Long accountId) {
		return accountId == null ? formerMember : byAccount.getOrDefault(accountId, formerMember);
	}

	/** The names, in alphabetical order, separated by commas. */
	public String list(Collection<Long> accountIds) {
		return accountIds.stream().map(this::of).sorted().collect(Collectors.joining(", "));
	}

	/** The members not among the given ones, e.g. who has not agreed yet. */
	public String others(Collection<Long> accountIds) {
		return byAccount.entrySet()
			.stream()
			.filter(entry -> !accountIds.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	public boolean contains(@Nullable Long accountId) {
		return byAccount.containsKey(Objects.requireNonNullElse(accountId, -1L));
	}
}
