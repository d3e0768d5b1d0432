package org.copro.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.copro.engines.InvalidInputException;
import org.copro.engines.sortition.PanelChecks;
import org.copro.engines.sortition.Quota;
import org.copro.engines.sortition.QuotaFeasibility;
import org.copro.engines.sortition.Respondent;
import org.copro.engines.sortition.SelectionProblem;
import org.jspecify.annotations.Nullable;

/**
 * Turns a recruitment and its pool into the engine's selection problem, exactly as the
 * public re-run reads it from the exported files: the same quotas in the same order, the
 * same respondents in pool order, and households as anonymous numbers.
 */
final class PanelLottery {

	private PanelLottery() {
	}

	static List<Quota> quotas(Recruitment recruitment) {
		return recruitment.quotas()
			.stream()
			.map(quota -> new Quota(quota.category(), quota.answer(), quota.min(), quota.max()))
			.toList();
	}

	/**
	 * Numbers the households that two or more volunteers share, in pool order; a
	 * household of one needs no rule and gets no number.
	 */
	static Map<Long, Integer> householdGroups(List<Volunteer> pool) {
		Map<String, Integer> sizes = new HashMap<>();
		for (Volunteer volunteer : pool) {
			String key = volunteer.householdKey();
			if (key != null) {
				sizes.merge(key, 1, Integer::sum);
			}
		}
		Map<String, Integer> numbers = new LinkedHashMap<>();
		Map<Long, Integer> groups = new HashMap<>();
		for (Volunteer volunteer : pool) {
			String key = volunteer.householdKey();
			if (key != null && sizes.get(key) > 1) {
				groups.put(volunteer.id(), numbers.computeIfAbsent(key, k -> numbers.size() + 1));
			}
		}
		return groups;
	}

	/**
	 * The selection problem over {@code pool}, with households numbered by
	 * {@code groups}.
	 */
	static SelectionProblem problem(Recruitment recruitment, List<Volunteer> pool, Map<Long, Integer> groups) {
		List<Respondent> respondents = new ArrayList<>();
		for (Volunteer volunteer : pool) {
			Integer group = groups.get(volunteer.id());
			respondents.add(new Respondent(volunteer.publicId(), volunteer.answers(), householdLabel(group)));
		}
		return new SelectionProblem(quotas(recruitment), respondents, recruitment.panelSize());
	}

	/**
	 * The household value the engine's CSV reader makes of the exported address columns.
	 */
	static @Nullable String householdLabel(@Nullable Integer group) {
		return group == null ? null : group + "\u001f";
	}

	/**
	 * The outcome of the feasibility check, in terms the page can put into words.
	 *
	 * @param poolSize how many volunteers are in the pool
	 * @param poolTooSmall whether the pool has fewer volunteers than seats
	 * @param feasible whether some panel meets every quota and the one-per-household rule
	 * @param changes when infeasible, the smallest change to the quotas that makes a draw
	 * possible
	 */
	record Feasibility(int poolSize, boolean poolTooSmall, boolean feasible, List<QuotaChange> changes) {
	}

	/** One quota the smallest relaxation changes. */
	record QuotaChange(String category, String answer, int min, int max, int newMin, int newMax) {
	}

	static Feasibility check(Recruitment recruitment, List<Volunteer> pool) {
		if (pool.size() < recruitment.panelSize()) {
			return new Feasibility(pool.size(), true, false, List.of());
		}
		SelectionProblem problem;
		try {
			problem = problem(recruitment, pool, householdGroups(pool));
		}
		catch (InvalidInputException ex) {
			return new Feasibility(pool.size(), true, false, List.of());
		}
		QuotaFeasibility.Report report = QuotaFeasibility.check(problem);
		List<QuotaChange> changes = report.relaxations()
			.stream()
			.map(relaxation -> new QuotaChange(relaxation.quota().category(), relaxation.quota().value(),
					relaxation.quota().min(), relaxation.quota().max(), relaxation.min(), relaxation.max()))
			.toList();
		return new Feasibility(pool.size(), false, report.feasible(), changes);
	}

	/**
	 * Picks the volunteer who takes a declined seat: uniformly, with the draw's seed plus
	 * the replacement's number, among those remaining in the pool whose arrival restores
	 * every quota and household rule.
	 * @param remaining the pool without anyone who declined, in pool order
	 * @return the replacement, or null when nobody left can take the seat without
	 * breaking a quota
	 */
	static @Nullable Volunteer replacement(Recruitment recruitment, List<Volunteer> remaining, long seed, int number) {
		if (remaining.size() < recruitment.panelSize()) {
			return null;
		}
		Map<Long, Integer> groups = new HashMap<>();
		for (Volunteer volunteer : remaining) {
			if (volunteer.householdGroup() != null) {
				groups.put(volunteer.id(), volunteer.householdGroup());
			}
		}
		SelectionProblem problem = problem(recruitment, remaining, groups);
		List<String> panel = remaining.stream().filter(v -> v.status().onPanel()).map(Volunteer::publicId).toList();
		List<Volunteer> candidates = new ArrayList<>();
		for (Volunteer volunteer : remaining) {
			if (volunteer.status() == VolunteerStatus.POOL) {
				List<String> withCandidate = new ArrayList<>(panel);
				withCandidate.add(volunteer.publicId());
				if (PanelChecks.violations(problem, withCandidate).isEmpty()) {
					candidates.add(volunteer);
				}
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		return candidates.get(new Random(seed + number).nextInt(candidates.size()));
	}

}
