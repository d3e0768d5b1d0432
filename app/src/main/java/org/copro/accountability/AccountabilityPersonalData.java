package org.copro.accountability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's input in the log, with the responses to it, and the responses they wrote, in
 * "download my data"; when they delete their account both stay, no longer linked to them.
 */
@Component
class AccountabilityPersonalData implements PersonalDataContributor {

	private final AccountabilityLog log;

	AccountabilityPersonalData(AccountabilityLog log) {
		this.log = log;
	}

	@Override
	public String section() {
		return "accountability";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		List<Map<String, Object>> input = log.inputOf(account).entrySet().stream().map(entry -> {
			InputItem item = entry.getKey();
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("tool", item.tool());
			each.put("reference", item.reference());
			each.put("text", item.excerpt());
			if (item.language() != null) {
				each.put("language", item.language());
			}
			each.put("path", item.path());
			each.put("receivedAt", item.receivedAt().toString());
			each.put("status", item.status() == null ? "WAITING" : item.status().name());
			each.put("responses", entry.getValue().stream().map(AccountabilityPersonalData::response).toList());
			return each;
		}).toList();
		List<Map<String, Object>> written = log.responsesBy(account).stream().map(response -> {
			Map<String, Object> each = response(response);
			InputItem item = log.item(response.inputId());
			each.put("tool", item.tool());
			each.put("reference", item.reference());
			return each;
		}).toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("input", input);
		data.put("responsesWritten", written);
		return data;
	}

	private static Map<String, Object> response(Response response) {
		Map<String, Object> each = new LinkedHashMap<>();
		each.put("status", response.status().name());
		each.put("text", response.text());
		if (response.reason() != null) {
			each.put("reason", response.reason());
		}
		each.put("language", response.language());
		each.put("respondedAt", response.respondedAt().toString());
		return each;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		log.forget(event.account());
	}

}
