package org.copro.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers the installed parts of the platform in the menu of every page: each part that is
 * not a way of taking part on its own, and the ways of taking part together under one
 * "Take part" page.
 */
@ControllerAdvice
class ToolsAdvice {

	/**
	 * Where "Take part" sits among the other parts of the menu (see each tool's order).
	 */
	private static final int TAKE_PART_ORDER = 30;

	private final List<MenuItem> menu;

	ToolsAdvice(List<ParticipationTool> tools) {
		List<ParticipationTool> sorted = tools.stream()
			.sorted(Comparator.comparingInt(ParticipationTool::order))
			.toList();
		List<MenuItem> items = new ArrayList<>();
		boolean anyTakesPart = sorted.stream().anyMatch(ParticipationTool::takesPart);
		boolean takePartShown = false;
		for (ParticipationTool tool : sorted) {
			if (tool.takesPart()) {
				continue;
			}
			if (anyTakesPart && !takePartShown && tool.order() >= TAKE_PART_ORDER) {
				items.add(MenuItem.TAKE_PART);
				takePartShown = true;
			}
			items.add(new MenuItem(tool.path(), tool.menuKey()));
		}
		if (anyTakesPart && !takePartShown) {
			items.add(MenuItem.TAKE_PART);
		}
		this.menu = List.copyOf(items);
	}

	@ModelAttribute("menuTools")
	List<MenuItem> menuTools() {
		return menu;
	}

	/** One link of the menu. */
	record MenuItem(String path, String nameKey) {

		static final MenuItem TAKE_PART = new MenuItem("/take-part", "web.nav.take-part");

	}

}
