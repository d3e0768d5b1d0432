package org.copro.projects;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers co-production projects on the home page and in the menu. */
@Component
class ProjectsTool implements ParticipationTool {

	private final ProjectRepository projects;

	ProjectsTool(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public String id() {
		return "projects";
	}

	@Override
	public String nameKey() {
		return "projects.tool.name";
	}

	@Override
	public String menuKey() {
		return "projects.tool.menu";
	}

	@Override
	public String descriptionKey() {
		return "projects.tool.description";
	}

	@Override
	public String path() {
		return "/projects";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public long count() {
		return projects.count();
	}

}
