package org.copro.projects;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A project's agreements: reading each version and who agreed to it, revising, agreeing
 * and withdrawing.
 */
@Controller
class AgreementsController {

	private final Projects projects;

	private final Agreements agreements;

	private final ProjectsPermissions permissions;

	private final MessageSource messages;

	AgreementsController(Projects projects, Agreements agreements, ProjectsPermissions permissions,
			MessageSource messages) {
		this.messages = messages;
		this.projects = projects;
		this.agreements = agreements;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/agreements")
	String showAgreements(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("agreements", agreements.all(id));
		model.addAttribute("members", projects.members(id));
		model.addAttribute("names", projects.names(id));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("me", me == null ? -1L : me.account().value());
		return "projects/agreements";
	}

	@GetMapping("/projects/{id}/agreements/versions/{versionId}/changes")
	String showChanges(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long versionId, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		Agreements.Pair pair = agreements.withPrevious(id, versionId)
			.orElseThrow(() -> new ProjectNotFoundException("earlier version of agreement " + versionId));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("project", project);
		model.addAttribute("older", pair.older());
		model.addAttribute("newer", pair.newer());
		model.addAttribute("names", projects.names(id));
		model.addAttribute("changes",
				Agreements.changes(pair,
						method -> messages.getMessage("projects.method." + method.name(), null, locale),
						row -> String.join(" \u2013 ", row.audience(), row.channel(), row.frequency(), row.owner())));
		return "projects/agreement-changes";
	}

	@GetMapping("/projects/{id}/agreements/{kind}/edit")
	String initAgreementForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable String kind, Model model) {
		Project project = permissions.requireMember(me, projects.find(id));
		AgreementKind agreementKind = kind(kind);
		model.addAttribute("form", AgreementForm.of(agreements.current(id, agreementKind).orElse(null)));
		return populateAgreementForm(project, agreementKind, model);
	}

	private String populateAgreementForm(Project project, AgreementKind kind, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("kind", kind);
		model.addAttribute("methods", DecisionMethod.values());
		return "projects/agreement-form";
	}

	@PostMapping("/projects/{id}/agreements/{kind}")
	String processAgreementForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable String kind, @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Project project = permissions.requireMember(me, projects.find(id));
		AgreementKind agreementKind = kind(kind);
		form.validate(agreementKind, result);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			form.padRows();
			return populateAgreementForm(project, agreementKind, model);
		}
		agreements.revise(id, agreementKind, form.getText(),
				agreementKind == AgreementKind.DECISION_MAKING ? form.decisionMethod() : null,
				agreementKind == AgreementKind.COMMUNICATION ? form.communicationRows() : java.util.List.of(),
				me.account());
		redirect.addFlashAttribute("notice", "projects.notice.agreement-revised");
		return "redirect:/projects/" + id + "/agreements#" + agreementKind.slug();
	}

	@PostMapping("/projects/{id}/agreements/versions/{versionId}/agree")
	String processAgree(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long versionId, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		agreements.agree(id, versionId, me.account(), true);
		redirect.addFlashAttribute("notice", "projects.notice.agreement-agreed");
		return "redirect:/projects/" + id + "/agreements";
	}

	@PostMapping("/projects/{id}/agreements/versions/{versionId}/withdraw")
	String processWithdraw(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long versionId, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		agreements.agree(id, versionId, me.account(), false);
		redirect.addFlashAttribute("notice", "projects.notice.agreement-withdrawn");
		return "redirect:/projects/" + id + "/agreements";
	}

	private static AgreementKind kind(String slug) {
		AgreementKind kind = AgreementKind.ofSlug(slug);
		if (kind == null) {
			throw new ProjectNotFoundException("agreement " + slug);
		}
		return kind;
	}

}
