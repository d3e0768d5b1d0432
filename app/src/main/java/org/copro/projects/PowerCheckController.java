package org.copro.projects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The power check: members answer it from time to time, and the page shows how the
 * answers change. Only the averages are shown, never one member's answers, so that people
 * can answer honestly.
 */
@Controller
class PowerCheckController {

	private final Projects projects;

	private final PowerChecks checks;

	private final ProjectsPermissions permissions;

	PowerCheckController(Projects projects, PowerChecks checks, ProjectsPermissions permissions) {
		this.projects = projects;
		this.checks = checks;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/power-check")
	String showPowerCheck(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireSummary(me, projects.find(id));
		if (!permissions.canSeeMembers(me, project)) {
			throw new AccessDeniedException("Only members see the power check of project " + id);
		}
		model.addAttribute("project", project);
		model.addAttribute("trend", PowerTrend.of(checks.all(id)));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("rungs", Ladder.values());
		model.addAttribute("scores", java.util.List.of("1", "2", "3", "4", "5"));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PowerCheckForm());
		}
		return "projects/power-check";
	}

	@PostMapping("/projects/{id}/power-check")
	String processPowerCheck(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") PowerCheckForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		Ladder ladder = form.ladder(result);
		int[] values = form.values(result);
		if (result.hasErrors() || ladder == null || values == null) {
			FormErrors.refuse(response);
			return showPowerCheck(me, id, model);
		}
		checks.answer(id, me.account(), ladder, values, form.reflections());
		redirect.addFlashAttribute("notice", "projects.notice.power-check-saved");
		return "redirect:/projects/" + id + "/power-check";
	}

}
