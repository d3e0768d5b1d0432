package org.copro.directory;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers the network directory on the home page and in the menu. */
@Component
class DirectoryTool implements ParticipationTool {

	private final OrganisationRepository organisations;

	DirectoryTool(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	public String id() {
		return "directory";
	}

	@Override
	public String nameKey() {
		return "directory.tool.name";
	}

	@Override
	public String descriptionKey() {
		return "directory.tool.description";
	}

	@Override
	public String path() {
		return "/directory";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public long count() {
		return organisations.count();
	}

}
