package org.copro.projects;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.directory.Directory;
import org.copro.directory.OrganisationSummary;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The stakeholder map: who to involve on a power/interest grid, their invitation status,
 * and which of the groups the aims concern nobody involved speaks for. It may name
 * individuals, so only members (and administrators) see it.
 */
@Controller
class StakeholdersController {

	private final Projects projects;

	private final Stakeholders stakeholders;

	private final ProjectsPermissions permissions;

	private final Directory directory;

	private final MessageSource messages;

	StakeholdersController(Projects projects, Stakeholders stakeholders, ProjectsPermissions permissions,
			Directory directory, MessageSource messages) {
		this.messages = messages;
		this.directory = directory;
		this.projects = projects;
		this.stakeholders = stakeholders;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/stakeholders")
	String showStakeholders(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "organisation", required = false) @Nullable String search, Model model) {
		Project project = permissions.requireSummary(me, projects.find(id));
		if (!permissions.canSeeMembers(me, project)) {
			throw new AccessDeniedException("Only members see the stakeholder map of project " + id);
		}
		List<Stakeholder> list = stakeholders.list(id);
		model.addAttribute("project", project);
		model.addAttribute("stakeholders", list);
		model.addAttribute("grid", PowerInterestGrid.of(list));
		Map<Long, OrganisationSummary> linked = new HashMap<>();
		list.stream()
			.map(Stakeholder::organisationId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(organisation -> directory.organisation(organisation)
				.ifPresent(found -> linked.put(organisation, found)));
		model.addAttribute("linked", linked);
		String query = search == null ? "" : search.strip();
		model.addAttribute("search", query);
		model.addAttribute("found",
				query.isEmpty() || query.length() > 200 ? List.of() : directory.findOrganisations(query));
		model.addAttribute("missing", stakeholders.missing(project));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("groups", CommunityGroup.values());
		model.addAttribute("kinds", StakeholderKind.values());
		model.addAttribute("statuses", InvitationStatus.values());
		model.addAttribute("scores", List.of("1", "2", "3", "4", "5"));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new StakeholderForm());
		}
		return "projects/stakeholders";
	}

	@PostMapping("/projects/{id}/stakeholders")
	String processStakeholderForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") StakeholderForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		StakeholderKind kind = ProjectForm.parse(StakeholderKind.class, form.getKind());
		InvitationStatus status = ProjectForm.parse(InvitationStatus.class, form.getStatus());
		Integer interest = score(form.getInterest());
		Integer influence = score(form.getInfluence());
		Set<CommunityGroup> groups = groups(form.getGroups());
		if (kind == null || status == null || interest == null || influence == null) {
			throw new ResponseStatusException(BAD_REQUEST,
					"Kind, status, interest and influence are chosen from lists");
		}
		OrganisationSummary organisation = null;
		if (!form.getOrganisationId().isBlank()) {
			organisation = form.getOrganisationId().matches("[0-9]{1,18}")
					? directory.organisation(Long.parseLong(form.getOrganisationId())).orElse(null) : null;
			if (organisation == null) {
				throw new ResponseStatusException(BAD_REQUEST, "The organisation is chosen from the directory");
			}
		}
		if (form.getName().isBlank() && organisation == null) {
			result.rejectValue("name", "NotBlank",
					messages.getMessage("projects.stakeholder.name.required", null, LocaleContextHolder.getLocale()));
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return showStakeholders(me, id, null, model);
		}
		String name = form.getName().isBlank() ? organisation.name() : form.getName();
		stakeholders.add(id, name, kind, interest, influence, status, groups,
				organisation == null ? null : organisation.id());
		redirect.addFlashAttribute("notice", "projects.notice.stakeholder-added");
		return "redirect:/projects/" + id + "/stakeholders";
	}

	@PostMapping("/projects/{id}/stakeholders/{stakeholderId}/status")
	String processStatus(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long stakeholderId, @RequestParam String status, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		InvitationStatus parsed = ProjectForm.parse(InvitationStatus.class, status);
		if (parsed == null) {
			throw new ResponseStatusException(BAD_REQUEST, "Unknown status");
		}
		stakeholders.changeStatus(id, stakeholderId, parsed);
		redirect.addFlashAttribute("notice", "projects.notice.stakeholder-changed");
		return "redirect:/projects/" + id + "/stakeholders";
	}

	@PostMapping("/projects/{id}/stakeholders/{stakeholderId}/remove")
	String processRemove(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long stakeholderId, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		stakeholders.remove(id, stakeholderId);
		redirect.addFlashAttribute("notice", "projects.notice.stakeholder-removed");
		return "redirect:/projects/" + id + "/stakeholders";
	}

	@PostMapping("/projects/{id}/concerned-groups")
	String processConcernedGroups(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "groups", required = false) @Nullable List<String> groups,
			RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		stakeholders.concern(id, groups(groups == null ? List.of() : groups));
		redirect.addFlashAttribute("notice", "projects.notice.groups-saved");
		return "redirect:/projects/" + id + "/stakeholders#usual-suspects";
	}

	private static @Nullable Integer score(String text) {
		return text.matches("[1-5]") ? Integer.valueOf(text) : null;
	}

	private static Set<CommunityGroup> groups(List<String> names) {
		Set<CommunityGroup> groups = EnumSet.noneOf(CommunityGroup.class);
		for (String name : names) {
			CommunityGroup group = ProjectForm.parse(CommunityGroup.class, name);
			if (group == null) {
				throw new ResponseStatusException(BAD_REQUEST, "Unknown group");
			}
			groups.add(group);
		}
		return groups;
	}

}
