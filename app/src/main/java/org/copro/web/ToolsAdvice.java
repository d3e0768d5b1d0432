package org.copro.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers every installed participation tool in the menu of every page.
 */
@ControllerAdvice
class ToolsAdvice {

	private final List<ParticipationTool> tools;

	ToolsAdvice(List<ParticipationTool> tools) {
		this.tools = tools.stream().sorted(Comparator.comparingInt(ParticipationTool::order)).toList();
	}

	@ModelAttribute("menuTools")
	List<ParticipationTool> menuTools() {
		return tools;
	}
}
