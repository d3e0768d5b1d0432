package org.copro.budgeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' side: setting up a process and its projects, opening and closing the vote. */
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
		return "budgeting/admin/new";
	}

	@PostMapping("/budgeting")
	String processProcessForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") ProcessForm form, BindingResult result, Model model) {
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
		Long min = wholeNumber(form.getMinProjects(), 0, MAX_PROJECTS);
		if (min == null) {
			result.rejectValue("minProjects", "budgeting.min-projects.invalid", new Object[] { MAX_PROJECTS }, null);
		}
		Long max = wholeNumber(form.getMaxProjects(), 1, MAX_PROJECTS);
		if (max == null) {
			result.rejectValue("maxProjects", "budgeting.max-projects.invalid", new Object[] { MAX_PROJECTS }, null);
		}
		else if (min != null && max < min) {
			result.rejectValue("maxProjects", "budgeting.max-projects.below-min", new Object[] { max, min }, null);
		}
		CountingRule rule = rule(form.getRule());
		if (rule == null) {
			result.rejectValue("rule", "budgeting.rule.invalid");
		}
		if (result.hasErrors()) {
			return populateProcessForm(model);
		}
		long id = budgeting.create(form.getTitle(), form.getDescription(), budget, form.getCurrency(),
				min.intValue(), max.intValue(), rule, me.account());
		return "redirect:/budgeting/" + id + "/manage?created";
	}

	@GetMapping("/budgeting/{id}/manage")
	String showManagement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		BudgetingProcess process = managed(me, id);
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new ProjectForm());
		}
		return populateManagement(process, model);
	}

	private String populateManagement(BudgetingProcess process, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("projects", budgeting.projects(process.id()));
		model.addAttribute("ballotCount", budgeting.ballotCount(process.id()));
		model.addAttribute("paperCount", budgeting.paperBallotCount(process.id()));
		return "budgeting/admin/manage";
	}

	@PostMapping("/budgeting/{id}/projects")
	String processProjectForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetingProcess process = managed(me, id);
		Long cost = wholeNumber(form.getCost(), 1, MAX_AMOUNT);
		if (cost == null) {
			result.rejectValue("cost", "budgeting.project.cost.invalid");
		}
		if (result.hasErrors()) {
			return populateManagement(process, model);
		}
		if (budgeting.addProject(id, form.getTitle(), form.getDescription(), cost, form.getFeasibility())) {
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
			Model model, RedirectAttributes redirect) {
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
			return populateReviewForm(process, project, model);
		}
		if (budgeting.reviewProject(id, projectId, decision, cost, form.getReason())) {
			redirect.addFlashAttribute("notice", "budgeting.manage.reviewed");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.manage.not-draft");
		}
		return "redirect:/budgeting/" + id + "/manage";
	}

	@GetMapping("/budgeting/{id}/paper-ballots/new")
	String initPaperBallotForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Model model) {
		BudgetingProcess process = paperBallots(me, id);
		return populatePaperBallotForm(process, Set.of(), "", model);
	}

	private String populatePaperBallotForm(BudgetingProcess process, Set<Long> chosen, String reference,
			Model model) {
		model.addAttribute("process", process);
		model.addAttribute("ballotProjects", budgeting.ballotProjects(process.id()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("reference", reference);
		model.addAttribute("paperCount", budgeting.paperBallotCount(process.id()));
		return "budgeting/admin/paper";
	}

	@PostMapping("/budgeting/{id}/paper-ballots")
	String processPaperBallotForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "projects", required = false) @Nullable List<Long> projects,
			@RequestParam(name = "reference", defaultValue = "") String reference, Model model,
			RedirectAttributes redirect) {
		BudgetingProcess process = paperBallots(me, id);
		Set<Long> chosen = projects == null ? Set.of() : new LinkedHashSet<>(projects);
		String paper = reference.strip();
		if (paper.isEmpty() || paper.length() > 100) {
			model.addAttribute("referenceProblem",
					paper.isEmpty() ? "budgeting.paper.reference.required" : "budgeting.paper.reference.too-long");
			Optional<BallotProblem> limits = budgeting.check(process, chosen);
			limits.ifPresent(problem -> model.addAttribute("ballotProblem", problem));
			return populatePaperBallotForm(process, chosen, reference, model);
		}
		Optional<BallotProblem> problem = budgeting.enterPaperBallot(id, chosen, paper);
		if (problem.isPresent()) {
			model.addAttribute(problem.get().code().equals("budgeting.paper.duplicate") ? "referenceBallotProblem"
					: "ballotProblem", problem.get());
			return populatePaperBallotForm(process, chosen, reference, model);
		}
		redirect.addFlashAttribute("notice", "budgeting.paper.recorded");
		redirect.addFlashAttribute("noticeArgument", paper);
		return "redirect:/budgeting/" + id + "/paper-ballots/new";
	}

	private BudgetingProcess paperBallots(@Nullable SignedInAccount me, long id) {
		BudgetingProcess process = budgeting.find(id);
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
		BudgetingProcess process = budgeting.find(id);
		if (!permissions.canManage(me, process)) {
			throw new AccessDeniedException("Only the organisers of budgeting process " + id + " may do this");
		}
		return process;
	}

	static @Nullable Long wholeNumber(String text, long min, long max) {
		String value = text.strip().replace(",", "");
		if (!value.matches("[0-9]{1,13}")) {
			return null;
		}
		long number = Long.parseLong(value);
		return number < min || number > max ? null : number;
	}

	private static @Nullable CountingRule rule(String name) {
		for (CountingRule rule : CountingRule.values()) {
			if (rule.name().equals(name)) {
				return rule;
			}
		}
		return null;
	}
}
