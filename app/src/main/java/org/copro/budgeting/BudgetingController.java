package org.copro.budgeting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbWriter;
import org.copro.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: the processes, each one's projects and ballot, and once the vote has closed the result with
 * the files to count it again.
 */
@Controller
class BudgetingController {

	private final Budgeting budgeting;

	private final BudgetingPermissions permissions;

	BudgetingController(Budgeting budgeting, BudgetingPermissions permissions) {
		this.budgeting = budgeting;
		this.permissions = permissions;
	}

	@GetMapping("/budgeting")
	String showProcesses(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("processes", budgeting.list());
		model.addAttribute("canCreate", permissions.canCreate(me));
		return "budgeting/list";
	}

	@GetMapping("/budgeting/{id}")
	String showProcess(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		BudgetingProcess process = budgeting.find(id);
		Optional<Ballot> ballot = me == null ? Optional.empty() : budgeting.ballot(id, me.account());
		model.addAttribute("voted", ballot.isPresent());
		Set<Long> chosen = ballot.map(Ballot::projects).orElse(Set.of());
		return populateProcess(me, process, chosen, model);
	}

	private String populateProcess(@Nullable SignedInAccount me, BudgetingProcess process, Set<Long> chosen,
			Model model) {
		model.addAttribute("process", process);
		model.addAttribute("projects", budgeting.projects(process.id()));
		model.addAttribute("ballotProjects", budgeting.ballotProjects(process.id()));
		if (!model.containsAttribute("ideaForm")) {
			model.addAttribute("ideaForm", new ProjectForm());
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("verified", permissions.canVote(me));
		model.addAttribute("canManage", permissions.canManage(me, process));
		model.addAttribute("ballotCount", budgeting.ballotCount(process.id()));
		return "budgeting/show";
	}

	@PostMapping("/budgeting/{id}/ballot")
	String processBallot(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "projects", required = false) @Nullable List<Long> projects, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (me == null) {
			throw new AccessDeniedException("Voters sign in first");
		}
		BudgetingProcess process = budgeting.find(id);
		Set<Long> chosen = projects == null ? Set.of() : new LinkedHashSet<>(projects);
		if (!permissions.canVote(me)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("voted", false);
			model.addAttribute("notVerified", true);
			return populateProcess(me, process, chosen, model);
		}
		Optional<BallotProblem> problem = budgeting.castBallot(id, me.account(), chosen);
		if (problem.isPresent()) {
			model.addAttribute("ballotProblem", problem.get());
			model.addAttribute("voted", budgeting.ballot(id, me.account()).isPresent());
			return populateProcess(me, budgeting.find(id), chosen, model);
		}
		redirect.addFlashAttribute("notice", "budgeting.ballot.recorded");
		return "redirect:/budgeting/" + process.id();
	}

	@PostMapping("/budgeting/{id}/ideas")
	String processIdeaForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("ideaForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canPropose(me)) {
			throw new AccessDeniedException("Residents sign in to propose a project");
		}
		BudgetingProcess process = budgeting.find(id);
		Long cost = BudgetingAdminController.wholeNumber(form.getCost(), 1, BudgetingAdminController.MAX_AMOUNT);
		if (cost == null) {
			result.rejectValue("cost", "budgeting.project.cost.invalid");
		}
		if (result.hasErrors()) {
			model.addAttribute("voted", false);
			return populateProcess(me, process, Set.of(), model);
		}
		if (budgeting.proposeIdea(id, form.getTitle(), form.getDescription(), cost, me.account())) {
			redirect.addFlashAttribute("notice", "budgeting.idea.recorded");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.idea.closed");
		}
		return "redirect:/budgeting/" + id;
	}

	@GetMapping("/budgeting/{id}/results")
	String showResults(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		BudgetingProcess process = closed(id);
		List<BudgetProject> projects = budgeting.ballotProjects(id);
		Outcome outcome = budgeting.count(id);
		model.addAttribute("process", process);
		model.addAttribute("result", ResultView.of(outcome, projects, budgeting.ballots(id)));
		model.addAttribute("paperCount", budgeting.paperBallotCount(id));
		model.addAttribute("importedCount", budgeting.importedBallotCount(id));
		model.addAttribute("canManage", permissions.canManage(me, process));
		return "budgeting/results";
	}

	@GetMapping("/budgeting/{id}/ballots.pb")
	ResponseEntity<byte[]> downloadBallots(@PathVariable long id) {
		closed(id);
		return download("budgeting-" + id + ".pb", new MediaType("text", "plain", StandardCharsets.UTF_8),
				PbWriter.toText(budgeting.election(id)).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(path = "/budgeting/{id}/result.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> downloadResult(@PathVariable long id) {
		BudgetingProcess process = closed(id);
		Outcome outcome = budgeting.count(id);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("process", process.id());
		json.put("title", process.title());
		json.put("currency", process.currency());
		json.put("ballots", budgeting.ballotCount(id));
		json.put("paperBallots", budgeting.paperBallotCount(id));
		json.put("rule", outcome.rule());
		json.put("selected", outcome.selected());
		json.put("totalCost", outcome.totalCost());
		json.put("budget", outcome.budget());
		json.put("ties", outcome.ties());
		json.put("payments", outcome.payments());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("budgeting-" + id + "-result.json").build().toString())
			.body(json);
	}

	private BudgetingProcess closed(long id) {
		BudgetingProcess process = budgeting.find(id);
		if (!process.closed()) {
			throw new ProcessNotFoundException(id);
		}
		return process;
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
