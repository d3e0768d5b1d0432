package org.copro.budgeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitators' side: setting up a process and its projects, opening and closing the
 * vote.
 */
@Controller
class BudgetingAdminController {

	static final long MAX_AMOUNT = 1_000_000_000_000L;

	static final int MAX_PROJECTS = 500;

	static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD", "PLN");

	private final Budgeting budgeting;

	private final BudgetingPermissions permissions;

	BudgetingAdminController(Budgeting budgeting, BudgetingPermissions permissions) {
		this.budgeting = budgeting;
		this.permissions = permissions;
	}

	@GetMapping("/budgeting/new")
	String initProcessForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators set up budgeting processes");
		}
		model.addAttribute("form", new ProcessForm());
		return populateProcessForm(model);
	}

	private String populateProcessForm(Model model) {
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("rules", CountingRule.values());
		model.addAttribute("ballotTypes", BallotType.values());
		return "budgeting/admin/new";
	}

	static final int MAX_POINTS = 1000;

	@PostMapping("/budgeting")
	String processProcessForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") ProcessForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Only facilitators set up budgeting processes");
		}
		Long budget = wholeNumber(form.getBudget(), 1, MAX_AMOUNT);
		if (budget == null) {
			result.rejectValue("budget", "budgeting.budget.invalid");
		}
		if (!CURRENCIES.contains(form.getCurrency())) {
			result.rejectValue("currency", "budgeting.currency.invalid");
		}
		BallotType type = named(BallotType.values(), form.getBallotType());
		if (type == null) {
			result.rejectValue("ballotType", "budgeting.ballot-type.invalid");
		}
		// Knapsack and cumulative ballots are limited by money and points, not by a
		// number of projects.
		boolean limited = type == null || type.limited();
		Long min = limited ? wholeNumber(form.getMinProjects(), 0, MAX_PROJECTS) : Long.valueOf(0);
		if (min == null) {
			result.rejectValue("minProjects", "budgeting.min-projects.invalid", new Object[] { MAX_PROJECTS }, null);
		}
		Long max = limited ? wholeNumber(form.getMaxProjects(), 1, MAX_PROJECTS) : Long.valueOf(MAX_PROJECTS);
		if (max == null) {
			result.rejectValue("maxProjects", "budgeting.max-projects.invalid", new Object[] { MAX_PROJECTS }, null);
		}
		else if (min != null && max < min) {
			result.rejectValue("maxProjects", "budgeting.max-projects.below-min", new Object[] { max, min }, null);
		}
		Long pointsTotal = 0L;
		Long pointsPerProject = 0L;
		if (type == BallotType.CUMULATIVE) {
			pointsTotal = wholeNumber(form.getPointsTotal(), 1, MAX_POINTS);
			if (pointsTotal == null) {
				result.rejectValue("pointsTotal", "budgeting.points-total.invalid", new Object[] { MAX_POINTS }, null);
			}
			pointsPerProject = wholeNumber(form.getPointsPerProject(), 1, MAX_POINTS);
			if (pointsPerProject == null) {
				result.rejectValue("pointsPerProject", "budgeting.points-per-project.invalid",
						new Object[] { MAX_POINTS }, null);
			}
			else if (pointsTotal != null && pointsPerProject > pointsTotal) {
				result.rejectValue("pointsPerProject", "budgeting.points-per-project.above-total",
						new Object[] { pointsPerProject, pointsTotal }, null);
			}
		}
		CountingRule rule = named(CountingRule.values(), form.getRule());
		if (rule == null) {
			result.rejectValue("rule", "budgeting.rule.invalid");
		}
		else if (type != null && !rule.counts(type)) {
			result.rejectValue("rule", "budgeting.rule.ticked-only");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateProcessForm(model);
		}
		long id = budgeting.create(form.getTitle(), form.getDescription(), form.language(), budget, form.getCurrency(),
				min.intValue(), max.intValue(), rule, me.account(), type, pointsTotal.intValue(),
				pointsPerProject.intValue(), form.getFirstHeading().strip());
		return "redirect:/budgeting/" + id + "/manage?created";
	}

	@GetMapping("/budgeting/{id}/manage")
	String showManagement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		BudgetingProcess process = managed(me, id);
		return populateManagement(process, model);
	}

	private String populateManagement(BudgetingProcess process, Model model) {
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new ProjectForm());
		}
		if (!model.containsAttribute("headingForm")) {
			model.addAttribute("headingForm", new HeadingForm());
		}
		if (!model.containsAttribute("scheduleForm")) {
			ScheduleForm schedule = new ScheduleForm();
			schedule.setProposalsFrom(text(process.proposalsFrom()));
			schedule.setReviewFrom(text(process.reviewFrom()));
			schedule.setVotingFrom(text(process.votingFrom()));
			schedule.setResultsFrom(text(process.resultsFrom()));
			model.addAttribute("scheduleForm", schedule);
		}
		List<BudgetHeading> headings = budgeting.headings(process.id());
		Map<Long, String> headingNames = new HashMap<>();
		Map<Long, Long> headingBallots = new HashMap<>();
		for (BudgetHeading heading : headings) {
			headingNames.put(heading.id(), heading.name());
			headingBallots.put(heading.id(), budgeting.ballotCount(process.id(), heading.id()));
		}
		model.addAttribute("process", process);
		model.addAttribute("phases", ProcessStatus.values());
		model.addAttribute("headings", headings);
		model.addAttribute("headingNames", headingNames);
		model.addAttribute("headingBallots", headingBallots);
		model.addAttribute("severalHeadings", headings.size() > 1);
		model.addAttribute("projects", budgeting.projects(process.id()));
		model.addAttribute("ballotCount", budgeting.ballotCount(process.id()));
		model.addAttribute("paperCount", budgeting.paperBallotCount(process.id()));
		return "budgeting/admin/manage";
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	@PostMapping("/budgeting/{id}/headings")
	String processHeadingForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("headingForm") HeadingForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BudgetingProcess process = managed(me, id);
		Long budget = wholeNumber(form.getBudget(), 1, MAX_AMOUNT);
		if (budget == null) {
			result.rejectValue("budget", "budgeting.budget.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateManagement(process, model);
		}
		if (budgeting.addHeading(id, form.getName(), budget)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.heading-added");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.not-draft");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/schedule")
	String processScheduleForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BudgetingProcess process = managed(me, id);
		String[] fields = { "proposalsFrom", "reviewFrom", "votingFrom", "resultsFrom" };
		String[] values = { form.getProposalsFrom(), form.getReviewFrom(), form.getVotingFrom(),
				form.getResultsFrom() };
		LocalDate[] dates = new LocalDate[4];
		LocalDate previous = null;
		for (int i = 0; i < 4; i++) {
			String value = values[i].strip();
			if (value.isEmpty()) {
				continue;
			}
			dates[i] = date(value);
			if (dates[i] == null) {
				result.rejectValue(fields[i], "budgeting.schedule.invalid");
				continue;
			}
			if (previous != null && !dates[i].isAfter(previous)) {
				result.rejectValue(fields[i], "budgeting.schedule.order",
						new Object[] { Dates.of(previous), Dates.of(dates[i]) }, null);
			}
			previous = dates[i];
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateManagement(process, model);
		}
		budgeting.schedule(id, dates[0], dates[1], dates[2], dates[3]);
		redirect.addFlashAttribute("notice", "budgeting.manage.scheduled");
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/review")
	String processOpenReview(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		if (budgeting.openReview(id)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.review-opened");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.cannot-open-review");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/projects")
	String processProjectForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BudgetingProcess process = managed(me, id);
		Long cost = wholeNumber(form.getCost(), 1, MAX_AMOUNT);
		if (cost == null) {
			result.rejectValue("cost", "budgeting.project.cost.invalid");
		}
		BudgetHeading heading = form.getHeading().isBlank() ? budgeting.firstHeading(id)
				: budgeting.headings(id)
					.stream()
					.filter(h -> Long.toString(h.id()).equals(form.getHeading().strip()))
					.findFirst()
					.orElse(null);
		if (heading == null) {
			result.rejectValue("heading", "budgeting.project.heading.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateManagement(process, model);
		}
		if (budgeting.addProject(id, heading.id(), form.getTitle(), form.getDescription(), form.language(), cost,
				form.getFeasibility())) {
			redirect.addFlashAttribute("notice", "budgeting.manage.project-added");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.not-draft");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/projects/{projectId}/remove")
	String processRemoveProject(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long projectId, RedirectAttributes redirect) {
		managed(me, id);
		if (budgeting.removeProject(id, projectId)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.project-removed");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.not-draft");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/proposals")
	String processOpenProposals(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		if (budgeting.openProposals(id)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.proposals-opened");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.cannot-open-proposals");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@GetMapping("/budgeting/{id}/projects/{projectId}/review")
	String initReviewForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long projectId, Model model) {
		BudgetingProcess process = managed(me, id);
		BudgetProject project = budgeting.project(id, projectId);
		ReviewForm form = new ReviewForm();
		form.setCost(Long.toString(project.cost()));
		if (project.review() != ProjectReview.PENDING) {
			form.setReview(project.review().name());
		}
		form.setReason(project.reviewReason() == null ? "" : project.reviewReason());
		if (project.reviewReason() != null) {
			form.setLanguage(project.reviewLanguage());
		}
		model.addAttribute("form", form);
		return populateReviewForm(process, project, model);
	}

	private String populateReviewForm(BudgetingProcess process, BudgetProject project, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("project", project);
		return "budgeting/admin/review";
	}

	@PostMapping("/budgeting/{id}/projects/{projectId}/review")
	String processReviewForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long projectId, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		BudgetingProcess process = managed(me, id);
		BudgetProject project = budgeting.project(id, projectId);
		ProjectReview decision = "FEASIBLE".equals(form.getReview()) ? ProjectReview.FEASIBLE
				: "NOT_FEASIBLE".equals(form.getReview()) ? ProjectReview.NOT_FEASIBLE : null;
		if (decision == null) {
			result.rejectValue("review", "budgeting.review.decision.required");
		}
		Long cost = wholeNumber(form.getCost(), 1, MAX_AMOUNT);
		if (cost == null) {
			result.rejectValue("cost", "budgeting.project.cost.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateReviewForm(process, project, model);
		}
		if (budgeting.reviewProject(id, projectId, decision, cost, form.getReason(), form.language())) {
			redirect.addFlashAttribute("notice", "budgeting.manage.reviewed");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.not-draft");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@GetMapping("/budgeting/{id}/paper-ballots/new")
	String initPaperBallotForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId, Model model) {
		BudgetingProcess process = paperBallots(me, id);
		return populatePaperBallotForm(process, heading(id, headingId), BallotInput.of(Map.of()), "", model);
	}

	private BudgetHeading heading(long id, @Nullable Long headingId) {
		return headingId == null ? budgeting.firstHeading(id) : budgeting.heading(id, headingId);
	}

	private String populatePaperBallotForm(BudgetingProcess process, BudgetHeading heading, BallotInput ballot,
			String reference, Model model) {
		List<BudgetHeading> headings = budgeting.headings(process.id());
		model.addAttribute("process", process);
		model.addAttribute("heading", heading);
		model.addAttribute("headings", headings);
		model.addAttribute("severalHeadings", headings.size() > 1);
		model.addAttribute("ballotProjects", budgeting.ballotProjects(process.id(), heading.id()));
		model.addAttribute("ballot", ballot);
		model.addAttribute("reference", reference);
		model.addAttribute("paperCount", budgeting.paperBallotCount(process.id()));
		return "budgeting/admin/paper";
	}

	@PostMapping("/budgeting/{id}/paper-ballots")
	String processPaperBallotForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId,
			@RequestParam MultiValueMap<String, String> form,
			@RequestParam(name = "reference", defaultValue = "") String reference, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BudgetingProcess process = paperBallots(me, id);
		BudgetHeading heading = heading(id, headingId);
		BallotInput ballot = BallotInput.read(process, budgeting.ballotProjects(id, heading.id()), form);
		String paper = reference.strip();
		Optional<BallotProblem> problem = ballot.unreadable()
				? Optional.of(new BallotProblem("budgeting.ballot.unknown")) : Optional.empty();
		if (paper.isEmpty() || paper.length() > 100 || ballot.hasErrors()) {
			if (paper.isEmpty() || paper.length() > 100) {
				model.addAttribute("referenceProblem",
						paper.isEmpty() ? "budgeting.paper.reference.required" : "budgeting.paper.reference.too-long");
			}
			if (problem.isEmpty() && !ballot.hasErrors()) {
				problem = budgeting.check(process, heading, ballot.choices());
			}
		}
		else {
			problem = budgeting.enterPaperBallot(id, heading.id(), ballot.choices(), paper);
			if (problem.isEmpty()) {
				redirect.addFlashAttribute("notice", "budgeting.paper.recorded");
				redirect.addFlashAttribute("noticeArgument", paper);
				return "redirect:/budgeting/" + id + "/paper-ballots/new"
						+ (headingId == null ? "" : "?heading=" + heading.id());
			}
		}
		problem.ifPresent(p -> model.addAttribute(
				p.code().equals("budgeting.paper.duplicate") ? "referenceBallotProblem" : "ballotProblem", p));
		FormErrors.refuse(response);
		return populatePaperBallotForm(process, heading, ballot, reference, model);
	}

	private BudgetingProcess paperBallots(@Nullable SignedInAccount me, long id) {
		BudgetingProcess process = budgeting.current(id);
		if (!permissions.canEnterPaperBallots(me, process)) {
			throw new AccessDeniedException("Only staff enter paper ballots for budgeting process " + id);
		}
		return process;
	}

	@PostMapping("/budgeting/{id}/open")
	String processOpen(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		if (budgeting.openVoting(id)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.opened");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.cannot-open");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@PostMapping("/budgeting/{id}/close")
	String processClose(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		managed(me, id);
		if (budgeting.closeVoting(id)) {
			redirect.addFlashAttribute("notice", "budgeting.manage.closed");
			return "redirect:/budgeting/" + id + "/results";
		}
		redirect.addFlashAttribute("problem", "budgeting.manage.cannot-close");
		return "redirect:/budgeting/" + id + "/manage";
	}

	private BudgetingProcess managed(@Nullable SignedInAccount me, long id) {
		BudgetingProcess process = budgeting.current(id);
		if (!permissions.canManage(me, process)) {
			throw new AccessDeniedException("Only the organisers of budgeting process " + id + " may do this");
		}
		return process;
	}

	/**
	 * A date as a date box sends it (2027-03-01), or as a person types it where there is
	 * no date box (1/3/2027).
	 */
	static @Nullable LocalDate date(String text) {
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// Try the next way of writing it.
			}
		}
		return null;
	}

	static @Nullable Long wholeNumber(String text, long min, long max) {
		String value = text.strip().replace(",", "");
		if (!value.matches("[0-9]{1,13}")) {
			return null;
		}
		long number = Long.parseLong(value);
		return number < min || number > max ? null : number;
	}

	private static <E extends Enum<E>> @Nullable E named(E[] values, String name) {
		for (E value : values) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

}
