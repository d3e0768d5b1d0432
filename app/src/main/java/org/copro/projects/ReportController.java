package org.copro.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.copro.web.TextLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The project report: members read and co-edit the draft (each save a version, a save
 * from an old version shown as a conflict with both texts), a co-lead publishes it, and
 * then anyone who may know of the project reads it as a page or downloads it as a PDF.
 */
@Controller
class ReportController {

	private final Projects projects;

	private final ProjectReports reports;

	private final Evaluation evaluation;

	private final ReportPdf pdf;

	private final ProjectsPermissions permissions;

	ReportController(Projects projects, ProjectReports reports, Evaluation evaluation, ReportPdf pdf,
			ProjectsPermissions permissions) {
		this.projects = projects;
		this.reports = reports;
		this.evaluation = evaluation;
		this.pdf = pdf;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/report")
	String showReport(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireSummary(me, projects.find(id));
		model.addAllAttributes(report(me, project));
		model.addAttribute("canLead", permissions.canLead(me, project));
		model.addAttribute("isMember", permissions.isMember(me, project));
		if (permissions.canSeeMembers(me, project)) {
			model.addAttribute("history", reports.history(id));
			model.addAttribute("names", projects.names(id));
		}
		return "projects/report";
	}

	@GetMapping("/projects/{id}/report.pdf")
	ResponseEntity<byte[]> downloadReport(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@PathVariable long id) {
		Project project = permissions.requireSummary(me, projects.find(id));
		Map<String, Object> model = report(me, project);
		byte[] file = pdf.render(model, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(pdf.fileName(project, LocaleContextHolder.getLocale()))
						.build()
						.toString())
			.body(file);
	}

	/**
	 * What the person reads: members and administrators the latest version (or the first
	 * draft while none is saved), everyone else the published version and nothing before
	 * it is published.
	 */
	private Map<String, Object> report(@Nullable SignedInAccount me, Project project) {
		boolean insider = permissions.canSeeMembers(me, project);
		Optional<ReportVersion> shown = insider ? reports.latest(project.id()) : reports.published(project);
		if (!insider && shown.isEmpty()) {
			throw new AccessDeniedException("The report of project " + project.id() + " is not published");
		}
		Map<ReportSection, String> texts = shown.map(ReportVersion::texts).orElseGet(() -> reports.draft(project.id()));
		Map<ReportSection, List<String>> sections = new LinkedHashMap<>();
		texts.forEach((section, text) -> sections.put(section, ReportVersion.paragraphs(text)));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("project", project);
		model.put("sections", sections);
		model.put("shown", shown.orElse(null));
		// The members' text is marked with its language; a first draft is in the page's.
		model.put("textLanguage", shown.map(ReportVersion::language).orElse(null));
		model.put("outcomes", evaluation.outcomes(project.id()));
		// Members' names are for members and administrators: the public reads the report
		// without them.
		model.put("editor",
				shown.filter(version -> insider)
					.map(version -> projects.names(project.id()).of(version.editorId()))
					.orElse(null));
		return model;
	}

	@GetMapping("/projects/{id}/report/edit")
	String initReportForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireMember(me, projects.find(id));
		Optional<ReportVersion> latest = reports.latest(id);
		ReportForm form = ReportForm.of(latest.map(ReportVersion::versionNumber).orElse(0),
				latest.map(ReportVersion::texts).orElseGet(() -> reports.draft(id)));
		// A first draft is written in the page's language; later ones keep the last
		// version's.
		form.setLanguage(latest.map(ReportVersion::language).orElseGet(TextLanguages::ofPage));
		model.addAttribute("form", form);
		return populateReportForm(project, latest.orElse(null), model);
	}

	private String populateReportForm(Project project, @Nullable ReportVersion latest, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("latest", latest);
		model.addAttribute("sections", ReportSection.values());
		model.addAttribute("names", projects.names(project.id()));
		return "projects/report-form";
	}

	@PostMapping("/projects/{id}/report")
	String processReportForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Project project = permissions.requireMember(me, projects.find(id));
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateReportForm(project, reports.latest(id).orElse(null), model);
		}
		try {
			reports.save(id, form.getBasedOn(), form.texts(), form.language(), me.account());
			redirect.addFlashAttribute("notice", "projects.notice.report-saved");
			return "redirect:/projects/" + id + "/report";
		}
		catch (ProjectReports.Conflict | DataIntegrityViolationException ex) {
			// Keep what this person wrote, show what the other saved, and let a second
			// save replace it knowingly.
			ReportVersion newer = reports.latest(id).orElseThrow();
			model.addAttribute("conflict", newer);
			form.setBasedOn(newer.versionNumber());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return populateReportForm(project, newer, model);
		}
	}

	@PostMapping("/projects/{id}/report/publish")
	String processPublish(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		reports.publish(id, TextLanguages.ofPage(), me.account());
		redirect.addFlashAttribute("notice", "projects.notice.report-published");
		return "redirect:/projects/" + id + "/report";
	}

	@PostMapping("/projects/{id}/report/unpublish")
	String processUnpublish(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		permissions.requireLead(me, projects.find(id));
		reports.unpublish(id);
		redirect.addFlashAttribute("notice", "projects.notice.report-unpublished");
		return "redirect:/projects/" + id + "/report";
	}

}
