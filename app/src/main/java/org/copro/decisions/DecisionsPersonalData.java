package org.copro.decisions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's votes, reasons and objections in "download my data"; on account deletion
 * they stay, anonymous.
 */
@Component
class DecisionsPersonalData implements PersonalDataContributor {

	private final Decisions decisions;

	DecisionsPersonalData(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public String section() {
		return "decisions";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		List<Map<String, Object>> votes = decisions.votesOf(account).stream().map(vote -> {
			Decision decision = decisions.find(vote.decisionId());
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("decision", decision.title());
			entry.put("kind", decision.kind().name());
			if (vote.position() != null) {
				entry.put("position", vote.position());
			}
			if (!vote.answer().isEmpty()) {
				Map<String, Integer> answer = new LinkedHashMap<>();
				vote.answer().forEach((option, value) -> {
					if (option < decision.options().size()) {
						answer.put(decision.options().get(option), value);
					}
				});
				entry.put("answer", answer);
			}
			entry.put("reason", vote.reason() == null ? "" : vote.reason());
			entry.put("reasonLanguage", vote.language());
			entry.put("castAt", vote.castAt().toString());
			entry.put("changedAt", vote.changedAt().toString());
			return entry;
		}).toList();
		List<Map<String, Object>> objections = decisions.objectionsOf(account).stream().map(objection -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("decision", decisions.find(objection.decisionId()).title());
			entry.put("objection", objection.text());
			entry.put("language", objection.language());
			entry.put("status", objection.status().name());
			entry.put("raisedAt", objection.raisedAt().toString());
			return entry;
		}).toList();
		return Map.of("votes", votes, "objections", objections);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		decisions.forget(event.account());
	}

}
