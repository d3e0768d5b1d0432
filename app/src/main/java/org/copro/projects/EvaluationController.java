package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluation built in: outcomes with indicators and baselines, measurements over time, the next review, and the
 * project report assembled from all of it, which co-leads publish.
 */
@Controller
class EvaluationController {

	private final Projects projects;

	private final Evaluation evaluation;

	private final Meetings meetings;

	private final ProjectsPermissions permissions;

	EvaluationController(Projects projects, Evaluation evaluation, Meetings meetings,
			ProjectsPermissions permissions) {
		this.projects = projects;
		this.evaluation = evaluation;
		this.meetings = meetings;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/evaluation")
	String showEvaluation(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("outcomes", evaluation.outcomes(id));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("canLead", permissions.canLead(me, project));
		return "projects/evaluation";
	}

	@PostMapping("/projects/{id}/outcomes")
	String processOutcome(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String indicator,
			@RequestParam(defaultValue = "") String baseline, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		BigDecimal start = number(baseline);
		if (title.isBlank() || title.length() > 500 || indicator.isBlank() || indicator.length() > 500
				|| start == null) {
			redirect.addFlashAttribute("problem", "projects.outcome.invalid");
			return "redirect:/projects/" + id + "/evaluation";
		}
		evaluation.addOutcome(id, title, indicator, start);
		redirect.addFlashAttribute("notice", "projects.notice.outcome-added");
		return "redirect:/projects/" + id + "/evaluation";
	}

	@PostMapping("/projects/{id}/outcomes/{outcomeId}/measurements")
	String processMeasurement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long outcomeId, @RequestParam(defaultValue = "") String measuredOn,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		BigDecimal value = number(amount);
		LocalDate on = date(measuredOn);
		if (value == null || on == null || note.length() > 1000) {
			redirect.addFlashAttribute("problem", "projects.measurement.invalid");
			return "redirect:/projects/" + id + "/evaluation";
		}
		evaluation.measure(id, outcomeId, on, value, note);
		redirect.addFlashAttribute("notice", "projects.notice.measurement-added");
		return "redirect:/projects/" + id + "/evaluation";
	}

	@PostMapping("/projects/{id}/review")
	String processReviewDate(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String reviewOn, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		LocalDate on = date(reviewOn);
		if (on == null && !reviewOn.isBlank()) {
			redirect.addFlashAttribute("problem", "projects.date.invalid");
			return "redirect:/projects/" + id + "/evaluation";
		}
		evaluation.scheduleReview(id, on);
		redirect.addFlashAttribute("notice", "projects.notice.review-scheduled");
		return "redirect:/projects/" + id + "/evaluation";
	}

	static @Nullable BigDecimal number(String text) {
		String value = text.strip().replace(",", "");
		return value.matches("-?[0-9]{1,12}(\\.[0-9]{1,4})?") ? new BigDecimal(value) : null;
	}

	static @Nullable LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
