package org.copro.projects;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.accountability.AccountabilityLog;
import org.copro.identity.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

/**
 * The list of projects, starting one, and a project's workspace: details, members and the
 * balance of roles, aims.
 */
@Controller
class ProjectsController {

	private final Projects projects;

	private final ProjectsPermissions permissions;

	private final AccountabilityLog accountability;

	ProjectsController(Projects projects, ProjectsPermissions permissions, AccountabilityLog accountability) {
		this.projects = projects;
		this.permissions = permissions;
		this.accountability = accountability;
	}

	@GetMapping("/projects")
	String showProjects(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("projects", projects.visibleTo(Optional.ofNullable(me).map(SignedInAccount::account)));
		model.addAttribute("canCreate", permissions.canCreate(me));
		if (ProjectsPermissions.isAdministrator(me)) {
			model.addAttribute("leaderless", projects.leaderless());
		}
		return "projects/list";
	}

	@GetMapping("/projects/new")
	String initProjectForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canCreate(me)) {
			throw new AccessDeniedException("Sign in to start a project");
		}
		model.addAttribute("form", new ProjectForm());
		return populateProjectForm(model, null);
	}

	private String populateProjectForm(Model model, @Nullable Project project) {
		model.addAttribute("project", project);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("roles", MemberRole.values());
		return "projects/form";
	}

	@PostMapping("/projects")
	String processProjectForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canCreate(me)) {
			throw new AccessDeniedException("Sign in to start a project");
		}
		ProjectForm.Details details = form.details(result);
		MemberRole role = ProjectForm.parse(MemberRole.class, form.getRole());
		if (role == null) {
			result.rejectValue("role", "projects.role.invalid");
		}
		if (details == null || role == null || result.hasErrors()) {
			FormErrors.refuse(response);
			return populateProjectForm(model, null);
		}
		long id = projects.create(details, me.account(), role);
		return "redirect:/projects/" + id + "?created";
	}

	@GetMapping("/projects/{id}")
	String showProject(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireSummary(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("canRead", permissions.canRead(me, project));
		model.addAttribute("canSeeMembers", permissions.canSeeMembers(me, project));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("canLead", permissions.canLead(me, project));
		model.addAttribute("canManageMembers", permissions.canManageMembers(me, project));
		// Decisions and calls for ideas are started by facilitators; a co-lead who is one
		// may start them here.
		model.addAttribute("canStartTools",
				me != null && me.getAuthorities()
					.stream()
					.anyMatch(authority -> Role.FACILITATOR.authority().equals(authority.getAuthority())));
		model.addAttribute("me", me == null ? -1L : me.account().value());
		model.addAttribute("balance", RoleBalance.of(projects.balance(id)));
		if (permissions.canRead(me, project)) {
			model.addAttribute("aims", projects.aims(id));
			model.addAttribute("names", projects.names(id));
			model.addAttribute("accountability", accountability.forScope(project.scope()));
			model.addAttribute("waiting", accountability.waitingCount(project.scope()));
		}
		if (permissions.canSeeMembers(me, project)) {
			model.addAttribute("members", projects.members(id));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		if (!model.containsAttribute("aimForm")) {
			model.addAttribute("aimForm", new AimForm());
		}
		model.addAttribute("roles", MemberRole.values());
		return "projects/show";
	}

	@GetMapping("/projects/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireLead(me, projects.find(id));
		model.addAttribute("form", ProjectForm.of(project));
		return populateProjectForm(model, project);
	}

	@PostMapping("/projects/{id}/edit")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Project project = permissions.requireLead(me, projects.find(id));
		ProjectForm.Details details = form.details(result);
		if (details == null || result.hasErrors()) {
			FormErrors.refuse(response);
			return populateProjectForm(model, project);
		}
		projects.change(id, details);
		redirect.addFlashAttribute("notice", "projects.notice.changed");
		return "redirect:/projects/" + id;
	}

	@PostMapping("/projects/{id}/members")
	String processMemberForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		MemberRole role = ProjectForm.parse(MemberRole.class, form.getRole());
		if (role == null) {
			result.rejectValue("role", "projects.role.invalid");
		}
		if (!result.hasErrors() && role != null) {
			switch (projects.addMember(id, form.getEmail(), role, form.isCoLead())) {
				case ADDED -> {
					redirect.addFlashAttribute("notice", "projects.notice.member-added");
					return "redirect:/projects/" + id + "#members";
				}
				case NO_ACCOUNT -> result.rejectValue("email", "projects.member.email.no-account");
				case ALREADY_MEMBER -> result.rejectValue("email", "projects.member.email.already");
			}
		}
		FormErrors.refuse(response);
		return showProject(me, id, model);
	}

	@PostMapping("/projects/{id}/members/{memberId}")
	String processChangeMember(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long memberId, @RequestParam String role,
			@RequestParam(defaultValue = "false") boolean coLead, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		permissions.requireMemberManager(me, projects.find(id));
		MemberRole parsed = ProjectForm.parse(MemberRole.class, role);
		if (parsed == null) {
			throw new ResponseStatusException(BAD_REQUEST, "Unknown role");
		}
		if (!projects.changeMember(id, memberId, parsed, coLead)) {
			return showLastCoLead(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "projects.notice.member-changed");
		return "redirect:/projects/" + id + "#members";
	}

	@PostMapping("/projects/{id}/members/{memberId}/remove")
	String processRemoveMember(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long memberId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		if (!projects.removeMember(id, memberId)) {
			return showLastCoLead(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "projects.notice.member-removed");
		return "redirect:/projects/" + id + "#members";
	}

	/**
	 * The project again, under 409 Conflict, when the change would leave it without a
	 * co-lead: nothing the person sent is wrong in itself (the same change is taken once
	 * someone else is a co-lead), so it is the project's state that refuses it, not a
	 * field.
	 */
	private String showLastCoLead(@Nullable SignedInAccount me, long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("problem", "projects.problem.last-co-lead");
		model.addAttribute("problemTarget", "#members");
		return showProject(me, id, model);
	}

	@PostMapping("/projects/{id}/aims")
	String processAimForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("aimForm") AimForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return showProject(me, id, model);
		}
		projects.proposeAim(id, form.getText(), me.account());
		redirect.addFlashAttribute("notice", "projects.notice.aim-added");
		return "redirect:/projects/" + id + "#aims";
	}

	@PostMapping("/projects/{id}/aims/{aimId}/agree")
	String processAgreeToAim(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long aimId, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		projects.agreeToAim(id, aimId, me.account(), true);
		redirect.addFlashAttribute("notice", "projects.notice.aim-agreed");
		return "redirect:/projects/" + id + "#aims";
	}

	@PostMapping("/projects/{id}/aims/{aimId}/withdraw")
	String processWithdrawFromAim(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long aimId, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		projects.agreeToAim(id, aimId, me.account(), false);
		redirect.addFlashAttribute("notice", "projects.notice.aim-withdrawn");
		return "redirect:/projects/" + id + "#aims";
	}

}
