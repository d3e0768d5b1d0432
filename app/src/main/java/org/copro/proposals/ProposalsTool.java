package org.copro.proposals;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers calls for ideas on the home page and in the menu. */
@Component
class ProposalsTool implements ParticipationTool {

	private final SpaceRepository spaces;

	ProposalsTool(SpaceRepository spaces) {
		this.spaces = spaces;
	}

	@Override
	public String id() {
		return "proposals";
	}

	@Override
	public String nameKey() {
		return "proposals.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "proposals.tool.description";
	}

	@Override
	public String path() {
		return "/proposals";
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public long count() {
		return spaces.count();
	}

	@Override
	public boolean takesPart() {
		return true;
	}

}
