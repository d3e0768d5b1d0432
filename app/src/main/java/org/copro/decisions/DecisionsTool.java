package org.copro.decisions;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers group decisions on the home page and in the menu. */
@Component
class DecisionsTool implements ParticipationTool {

	private final DecisionRepository decisions;

	DecisionsTool(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	@Override
	public String id() {
		return "decisions";
	}

	@Override
	public String nameKey() {
		return "decisions.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "decisions.tool.description";
	}

	@Override
	public String path() {
		return "/decisions";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public long count() {
		return decisions.count();
	}

	@Override
	public boolean takesPart() {
		return true;
	}

}
