package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluation built in: outcomes with indicators and baselines, measurements over time,
 * the next review, and the project report assembled from all of it, which co-leads
 * publish.
 */
@Controller
class EvaluationController {

	private final Projects projects;

	private final Evaluation evaluation;

	private final ProjectsPermissions permissions;

	EvaluationController(Projects projects, Evaluation evaluation, ProjectsPermissions permissions) {
		this.projects = projects;
		this.evaluation = evaluation;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/evaluation")
	String showEvaluation(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("outcomes", evaluation.outcomes(id));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("canLead", permissions.canLead(me, project));
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", new EvaluationForms.OutcomeForm());
		}
		if (!model.containsAttribute("reviewForm")) {
			EvaluationForms.ReviewForm review = new EvaluationForms.ReviewForm();
			review.setReviewOn(project.nextReviewOn() == null ? "" : project.nextReviewOn().toString());
			model.addAttribute("reviewForm", review);
		}
		return "projects/evaluation";
	}

	@PostMapping("/projects/{id}/outcomes")
	String processOutcome(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@ModelAttribute("outcomeForm") EvaluationForms.OutcomeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		String title = form.getTitle().strip();
		String indicator = form.getIndicator().strip();
		BigDecimal start = number(form.getBaseline());
		if (title.isEmpty()) {
			result.rejectValue("title", "projects.outcome.title.required");
		}
		else if (title.length() > 500) {
			result.rejectValue("title", "projects.outcome.too-long");
		}
		if (indicator.isEmpty()) {
			result.rejectValue("indicator", "projects.outcome.indicator.required");
		}
		else if (indicator.length() > 500) {
			result.rejectValue("indicator", "projects.outcome.too-long");
		}
		if (start == null) {
			result.rejectValue("baseline",
					form.getBaseline().isBlank() ? "projects.outcome.baseline.required" : "projects.number.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return showEvaluation(me, id, model);
		}
		evaluation.addOutcome(id, title, indicator, start);
		redirect.addFlashAttribute("notice", "projects.notice.outcome-added");
		return "redirect:/projects/" + id + "/evaluation";
	}

	@PostMapping("/projects/{id}/outcomes/{outcomeId}/measurements")
	String processMeasurement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long outcomeId, @RequestParam(defaultValue = "") String measuredOn,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String note, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		BigDecimal value = number(amount);
		LocalDate on = date(measuredOn);
		// Field id (as on the page, with the outcome's id) to message key, in the order
		// of the form.
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("measuredOn-" + outcomeId,
					measuredOn.isBlank() ? "projects.measurement.date.required" : "projects.date.invalid");
		}
		if (value == null) {
			problems.put("amount-" + outcomeId,
					amount.isBlank() ? "projects.measurement.amount.required" : "projects.number.invalid");
		}
		if (note.length() > 1000) {
			problems.put("note-" + outcomeId, "projects.measurement.note.too-long");
		}
		if (!problems.isEmpty()) {
			FormErrors.refuse(response);
			model.addAttribute("measurementProblems", problems);
			model.addAttribute("measurementOutcome", outcomeId);
			model.addAttribute("measurementValues", Map.of("measuredOn", measuredOn, "amount", amount, "note", note));
			return showEvaluation(me, id, model);
		}
		evaluation.measure(id, outcomeId, on, value, note);
		redirect.addFlashAttribute("notice", "projects.notice.measurement-added");
		return "redirect:/projects/" + id + "/evaluation";
	}

	@PostMapping("/projects/{id}/review")
	String processReviewDate(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@ModelAttribute("reviewForm") EvaluationForms.ReviewForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		LocalDate on = date(form.getReviewOn());
		if (on == null && !form.getReviewOn().isBlank()) {
			result.rejectValue("reviewOn", "projects.date.invalid");
		}
		if (FormErrors.refused(result, response)) {
			return showEvaluation(me, id, model);
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
