package org.copro.budgeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's ballots in "download my data"; when they delete their account the ballots
 * stay, anonymous.
 */
@Component
class BudgetingPersonalData implements PersonalDataContributor {

	private final Budgeting budgeting;

	BudgetingPersonalData(Budgeting budgeting) {
		this.budgeting = budgeting;
	}

	@Override
	public String section() {
		return "budgeting";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		List<Map<String, Object>> ballots = budgeting.ballotsOf(account).stream().map(ballot -> {
			Map<String, String> titles = new LinkedHashMap<>();
			budgeting.projects(ballot.processId()).forEach(p -> titles.put(Long.toString(p.id()), p.title()));
			BudgetingProcess process = budgeting.find(ballot.processId());
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("process", process.title());
			entry.put("area", budgeting.heading(ballot.processId(), ballot.headingId()).name());
			entry.put("projects",
					ballot.projects().stream().sorted().map(id -> titles.get(Long.toString(id))).toList());
			if (!process.ballotType().ticked()) {
				Map<String, Integer> given = new LinkedHashMap<>();
				// In project order, so that the download reads the same every time.
				new java.util.TreeMap<>(ballot.choices())
					.forEach((id, points) -> given.put(titles.get(Long.toString(id)), points));
				entry.put(process.ballotType().points() ? "points" : "ranks", given);
			}
			entry.put("castAt", ballot.castAt().toString());
			entry.put("changedAt", ballot.changedAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> ideas = budgeting.ideasOf(account).stream().map(idea -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("process", budgeting.find(idea.processId()).title());
			entry.put("title", idea.title());
			entry.put("description", idea.description());
			entry.put("language", idea.language());
			entry.put("cost", idea.cost());
			entry.put("review", idea.review().name());
			return entry;
		}).toList();
		return Map.of("ballots", ballots, "ideas", ideas);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		budgeting.forget(event.account());
	}

}
