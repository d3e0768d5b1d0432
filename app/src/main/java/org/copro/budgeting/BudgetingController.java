package org.copro.budgeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbWriter;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
 * The public side: the processes, each one's projects and ballot, and once the vote has
 * closed the result with the files to count it again.
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
	String showProcess(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId, Model model) {
		BudgetingProcess process = budgeting.current(id);
		BudgetHeading heading = heading(id, headingId);
		Optional<Ballot> ballot = me == null ? Optional.empty() : budgeting.ballot(id, heading.id(), me.account());
		model.addAttribute("voted", ballot.isPresent());
		return populateProcess(me, process, heading, BallotInput.of(ballot.map(Ballot::choices).orElse(Map.of())),
				model);
	}

	/** The heading asked for, or the first one. */
	private BudgetHeading heading(long id, @Nullable Long headingId) {
		return headingId == null ? budgeting.firstHeading(id) : budgeting.heading(id, headingId);
	}

	private String populateProcess(@Nullable SignedInAccount me, BudgetingProcess process, BudgetHeading heading,
			BallotInput ballot, Model model) {
		List<BudgetHeading> headings = budgeting.headings(process.id());
		model.addAttribute("process", process);
		model.addAttribute("phases", ProcessStatus.values());
		model.addAttribute("headings", headings);
		model.addAttribute("heading", heading);
		model.addAttribute("severalHeadings", headings.size() > 1);
		model.addAttribute("votedHeadings",
				me == null ? Set.of() : budgeting.headingsVoted(process.id(), me.account()));
		model.addAttribute("projects",
				budgeting.projects(process.id())
					.stream()
					.filter(project -> project.headingId() == heading.id())
					.toList());
		model.addAttribute("ballotProjects", budgeting.ballotProjects(process.id(), heading.id()));
		if (!model.containsAttribute("ideaForm")) {
			model.addAttribute("ideaForm", new ProjectForm());
		}
		model.addAttribute("ballot", ballot);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("verified", permissions.canVote(me));
		model.addAttribute("canManage", permissions.canManage(me, process));
		model.addAttribute("ballotCount", budgeting.ballotCount(process.id()));
		return "budgeting/show";
	}

	@PostMapping("/budgeting/{id}/ballot")
	String processBallot(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (me == null) {
			throw new AccessDeniedException("Voters sign in first");
		}
		BudgetingProcess process = budgeting.current(id);
		BudgetHeading heading = heading(id, headingId);
		BallotInput ballot = BallotInput.read(process, budgeting.ballotProjects(id, heading.id()), form);
		if (!permissions.canVote(me)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("voted", false);
			model.addAttribute("notVerified", true);
			return populateProcess(me, process, heading, ballot, model);
		}
		Optional<BallotProblem> problem = ballot.unreadable()
				? Optional.of(new BallotProblem("budgeting.ballot.unknown")) : ballot.hasErrors() ? Optional.empty()
						: budgeting.castBallot(id, heading.id(), me.account(), ballot.choices());
		if (problem.isPresent() || ballot.hasErrors()) {
			FormErrors.refuse(response);
			problem.ifPresent(p -> model.addAttribute("ballotProblem", p));
			model.addAttribute("voted", budgeting.ballot(id, heading.id(), me.account()).isPresent());
			return populateProcess(me, budgeting.find(id), heading, ballot, model);
		}
		redirect.addFlashAttribute("notice", "budgeting.ballot.recorded");
		return "redirect:/budgeting/" + process.id() + (headingId == null ? "" : "?heading=" + heading.id());
	}

	@PostMapping("/budgeting/{id}/ideas")
	String processIdeaForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId,
			@Valid @ModelAttribute("ideaForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (me == null || !permissions.canPropose(me)) {
			throw new AccessDeniedException("Residents sign in to propose a project");
		}
		BudgetingProcess process = budgeting.current(id);
		BudgetHeading heading = heading(id, headingId);
		if (!process.proposals()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("voted", false);
			model.addAttribute("phaseProblem", ideasClosed(process));
			return populateProcess(me, process, heading, BallotInput.of(Map.of()), model);
		}
		Long cost = BudgetingAdminController.wholeNumber(form.getCost(), 1, BudgetingAdminController.MAX_AMOUNT);
		if (cost == null) {
			result.rejectValue("cost", "budgeting.project.cost.invalid");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("voted", false);
			return populateProcess(me, process, heading, BallotInput.of(Map.of()), model);
		}
		if (budgeting.proposeIdea(id, heading.id(), form.getTitle(), form.getDescription(), form.language(), cost,
				me.account())) {
			redirect.addFlashAttribute("notice", "budgeting.idea.recorded");
		}
		else {
			redirect.addFlashAttribute("problem", "budgeting.idea.closed");
		}
		return "redirect:/budgeting/" + id + (headingId == null ? "" : "?heading=" + heading.id());
	}

	/** Why ideas are not taken now: not yet (from a date, when set), or no longer. */
	static BallotProblem ideasClosed(BudgetingProcess process) {
		if (process.draft()) {
			LocalDate from = process.proposalsFrom();
			return from == null ? new BallotProblem("budgeting.idea.not-yet")
					: new BallotProblem("budgeting.idea.not-yet.date", Dates.of(from));
		}
		return new BallotProblem("budgeting.idea.closed");
	}

	@GetMapping("/budgeting/{id}/results")
	String showResults(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId, Model model) {
		BudgetingProcess process = closed(id);
		BudgetHeading heading = heading(id, headingId);
		List<BudgetProject> projects = budgeting.ballotProjects(id, heading.id());
		Outcome outcome = budgeting.count(id, heading.id());
		List<BudgetHeading> headings = budgeting.headings(id);
		model.addAttribute("process", process);
		model.addAttribute("heading", heading);
		model.addAttribute("headings", headings);
		model.addAttribute("severalHeadings", headings.size() > 1);
		model.addAttribute("result", ResultView.of(outcome, projects, budgeting.ballots(id, heading.id()),
				process.ballotType(), process.maxProjects()));
		model.addAttribute("paperCount", budgeting.paperBallotCount(id));
		model.addAttribute("importedCount", budgeting.importedBallotCount(id));
		model.addAttribute("canManage", permissions.canManage(me, process));
		model.addAttribute("canImportHeading", permissions.canManage(me, process) && budgeting.imported(id));
		return "budgeting/results";
	}

	@GetMapping("/budgeting/{id}/ballots.pb")
	ResponseEntity<byte[]> downloadBallots(@PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId) {
		closed(id);
		BudgetHeading heading = heading(id, headingId);
		String name = budgeting.headings(id).size() > 1 ? "budgeting-" + id + "-" + heading.id() + ".pb"
				: "budgeting-" + id + ".pb";
		return download(name, new MediaType("text", "plain", StandardCharsets.UTF_8),
				PbWriter.toText(budgeting.election(id, heading.id())).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Every area's ballots in one download: a .pb file per area, named after the area.
	 */
	@GetMapping("/budgeting/{id}/ballots.zip")
	ResponseEntity<byte[]> downloadAllBallots(@PathVariable long id) throws java.io.IOException {
		closed(id);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (BudgetHeading heading : budgeting.headings(id)) {
				zip.putNextEntry(new java.util.zip.ZipEntry(
						"budgeting-" + id + "-" + heading.id() + "-" + fileName(heading.name()) + ".pb"));
				zip.write(PbWriter.toText(budgeting.election(id, heading.id())).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return download("budgeting-" + id + ".zip", new MediaType("application", "zip"), bytes.toByteArray());
	}

	/** A name safe in any file system: letters and digits, the rest as dashes. */
	static String fileName(String name) {
		String safe = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "")
			.toLowerCase(java.util.Locale.ROOT);
		return safe.isEmpty() ? "area" : safe.length() > 60 ? safe.substring(0, 60) : safe;
	}

	@GetMapping(path = "/budgeting/{id}/result.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> downloadResult(@PathVariable long id,
			@RequestParam(name = "heading", required = false) @Nullable Long headingId) {
		BudgetingProcess process = closed(id);
		BudgetHeading heading = heading(id, headingId);
		Outcome outcome = budgeting.count(id, heading.id());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("process", process.id());
		json.put("title", process.title());
		json.put("heading", heading.name());
		json.put("currency", process.currency());
		json.put("ballotType", process.ballotType().voteType().label());
		json.put("ballots", budgeting.ballotCount(id, heading.id()));
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
		BudgetingProcess process = budgeting.current(id);
		if (!process.closed()) {
			throw new ProcessNotFoundException(id);
		}
		return process;
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
