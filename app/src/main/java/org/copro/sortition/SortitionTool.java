package org.copro.sortition;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/**
 * Offers citizens' juries and panels on the home page and in the menu.
 */
@Component
class SortitionTool implements ParticipationTool {

	private final RecruitmentRepository recruitments;

	SortitionTool(RecruitmentRepository recruitments) {
		this.recruitments = recruitments;
	}

	@Override
	public String id() {
		return "sortition";
	}

	@Override
	public String nameKey() {
		return "sortition.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "sortition.tool.description";
	}

	@Override
	public String path() {
		return "/sortition";
	}

	@Override
	public int order() {
		return 65;
	}

	@Override
	public long count() {
		return recruitments.count();
	}

	@Override
	public boolean takesPart() {
		return true;
	}

}
