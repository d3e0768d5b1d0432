package org.copro.engines.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;

/**
 * A pool, its quotas and the panel size, with volunteers grouped into interchangeable
 * types.
 *
 * <p>
 * Volunteers with the same answer in every category who share no household with anyone
 * are interchangeable: every quota treats them alike, so the leximin lottery gives them
 * the same chance (it is unique, hence symmetric). The algorithms therefore choose how
 * many members of each type sit on the panel, and spread a type's seats equally among its
 * members. Volunteers in a household of two or more form types of one, tied by an
 * at-most-one constraint per household.
 */
public final class SelectionProblem {

	private final List<Quota> quotas;

	private final List<Respondent> respondents;

	private final int panelSize;

	private final List<String> categories;

	/**
	 * For each respondent and category, the index of the quota their answer falls under.
	 */
	private final int[][] quotaOfRespondent;

	private final int[] typeOf;

	private final int[][] members;

	/** Groups of (single-member) types of which at most one may be chosen. */
	private final List<int[]> households;

	public SelectionProblem(List<Quota> quotas, List<Respondent> respondents, int panelSize) {
		this.quotas = List.copyOf(quotas);
		this.respondents = List.copyOf(respondents);
		this.panelSize = panelSize;
		if (panelSize < 1) {
			throw new InvalidInputException("the panel size must be at least 1, not " + panelSize);
		}
		if (panelSize > respondents.size()) {
			throw new InvalidInputException(
					"the panel size " + panelSize + " exceeds the pool of " + respondents.size() + " respondents");
		}
		Set<String> categoryNames = new LinkedHashSet<>();
		Map<String, Integer> quotaIndex = new HashMap<>();
		for (int q = 0; q < quotas.size(); q++) {
			Quota quota = quotas.get(q);
			categoryNames.add(quota.category());
			if (quotaIndex.putIfAbsent(quota.category() + "\u001f" + quota.value(), q) != null) {
				throw new InvalidInputException("quota " + quota.label() + " is given twice");
			}
		}
		this.categories = List.copyOf(categoryNames);
		this.quotaOfRespondent = new int[respondents.size()][categories.size()];
		Map<String, Integer> householdSize = new HashMap<>();
		Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < respondents.size(); i++) {
			Respondent respondent = respondents.get(i);
			if (!ids.add(respondent.id())) {
				throw new InvalidInputException("respondent id '" + respondent.id() + "' is used twice");
			}
			for (int c = 0; c < categories.size(); c++) {
				String value = respondent.features().get(categories.get(c));
				Integer q = value == null ? null : quotaIndex.get(categories.get(c) + "\u001f" + value);
				if (q == null) {
					throw new InvalidInputException("respondent '" + respondent.id()
							+ "' has no answer with a quota for '" + categories.get(c) + "'");
				}
				quotaOfRespondent[i][c] = q;
			}
			if (respondent.household() != null) {
				householdSize.merge(respondent.household(), 1, Integer::sum);
			}
		}
		Map<String, List<Integer>> byType = new LinkedHashMap<>();
		Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
		for (int i = 0; i < respondents.size(); i++) {
			String household = respondents.get(i).household();
			boolean shared = household != null && householdSize.get(household) > 1;
			String key = shared ? "#" + i : Arrays.toString(quotaOfRespondent[i]);
			byType.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			if (shared) {
				byHousehold.computeIfAbsent(household, k -> new ArrayList<>()).add(i);
			}
		}
		this.typeOf = new int[respondents.size()];
		this.members = new int[byType.size()][];
		int t = 0;
		for (List<Integer> group : byType.values()) {
			members[t] = group.stream().mapToInt(Integer::intValue).toArray();
			for (int i : members[t]) {
				typeOf[i] = t;
			}
			t++;
		}
		this.households = byHousehold.values()
			.stream()
			.map(group -> group.stream().mapToInt(i -> typeOf[i]).toArray())
			.toList();
	}

	public List<Quota> quotas() {
		return quotas;
	}

	public List<Respondent> respondents() {
		return respondents;
	}

	public int panelSize() {
		return panelSize;
	}

	/** Category names in the order the quotas first name them. */
	public List<String> categories() {
		return categories;
	}

	/** How many interchangeable types the pool falls into. */
	public int typeCount() {
		return members.length;
	}

	int[] members(int type) {
		return members[type];
	}

	int typeSize(int type) {
		return members[type].length;
	}

	int typeOf(int respondent) {
		return typeOf[respondent];
	}

	/** The quota index, per category, that members of this type count towards. */
	int[] quotasOfType(int type) {
		return quotaOfRespondent[members[type][0]];
	}

	int[] quotasOfRespondent(int respondent) {
		return quotaOfRespondent[respondent];
	}

	List<int[]> households() {
		return households;
	}

	/** The most members of a type any valid panel can hold. */
	int typeCapacity(int type) {
		int capacity = Math.min(typeSize(type), panelSize);
		for (int q : quotasOfType(type)) {
			capacity = Math.min(capacity, quotas.get(q).max());
		}
		return capacity;
	}

}
