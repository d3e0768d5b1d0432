package org.copro.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what co-production is, and the way into each part of the platform.
 */
@Controller
class HomeController {

	/**
	 * Parts of the platform that are planned but may not be installed yet, in the order
	 * they are shown.
	 */
	private static final List<String> PLANNED = List.of("knowledge", "directory", "projects", "conversations",
			"decisions", "budgeting", "sortition");

	private final List<ParticipationTool> tools;

	HomeController(List<ParticipationTool> tools) {
		this.tools = tools.stream().sorted(Comparator.comparingInt(ParticipationTool::order)).toList();
	}

	@GetMapping("/")
	String showHome(Model model) {
		Set<String> installed = tools.stream().map(ParticipationTool::id).collect(Collectors.toSet());
		model.addAttribute("tools", tools);
		model.addAttribute("planned", PLANNED.stream().filter(id -> !installed.contains(id)).toList());
		return "web/home";
	}

	@GetMapping("/take-part")
	String showTakePart(Model model) {
		model.addAttribute("tools", tools.stream().filter(ParticipationTool::takesPart).toList());
		return "web/take-part";
	}

}
