package org.copro.budgeting;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers participatory budgeting on the home page and in the menu. */
@Component
class BudgetingTool implements ParticipationTool {

	private final ProcessRepository processes;

	BudgetingTool(ProcessRepository processes) {
		this.processes = processes;
	}

	@Override
	public String id() {
		return "budgeting";
	}

	@Override
	public String nameKey() {
		return "budgeting.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "budgeting.tool.description";
	}

	@Override
	public String path() {
		return "/budgeting";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public long count() {
		return processes.count();
	}

	@Override
	public boolean takesPart() {
		return true;
	}

}
