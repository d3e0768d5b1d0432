package org.copro.accountability;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers the "you said, we did" log on the home page and in the menu. */
@Component
class AccountabilityTool implements ParticipationTool {

	private final AccountabilityLog log;

	AccountabilityTool(AccountabilityLog log) {
		this.log = log;
	}

	@Override
	public String id() {
		return "accountability";
	}

	@Override
	public String nameKey() {
		return "accountability.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "accountability.tool.description";
	}

	@Override
	public String path() {
		return "/you-said-we-did";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public long count() {
		return log.count();
	}

}
