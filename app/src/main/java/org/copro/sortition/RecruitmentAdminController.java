package org.copro.sortition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.engines.InvalidInputException;
import org.copro.engines.sortition.Algorithm;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side: opening a recruitment, the pool with its personal data, closing,
 * the feasibility check, the draw, replacements and the exports.
 */
@Controller
class RecruitmentAdminController {

	static final int MAX_PANEL_SIZE = 1000;

	private final Recruitments recruitments;

	private final SortitionPermissions permissions;

	RecruitmentAdminController(Recruitments recruitments, SortitionPermissions permissions) {
		this.recruitments = recruitments;
		this.permissions = permissions;
	}

	@GetMapping("/sortition/new")
	String initRecruitmentForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canOpen(me)) {
			throw new AccessDeniedException("Only facilitators open recruitments");
		}
		model.addAttribute("form", new RecruitmentForm());
		return "sortition/admin/new";
	}

	@PostMapping("/sortition")
	String processRecruitmentForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") RecruitmentForm form, BindingResult result, HttpServletResponse response) {
		if (me == null || !permissions.canOpen(me)) {
			throw new AccessDeniedException("Only facilitators open recruitments");
		}
		QuotaTable.Result quotas = validate(form, result);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return "sortition/admin/new";
		}
		Integer panelSize = wholeNumber(form.getPanelSize(), 1, MAX_PANEL_SIZE);
		LocalDate closesOn = date(form.getClosesDay(), form.getClosesMonth(), form.getClosesYear());
		long id = recruitments.open(form.getTitle(), form.getInvitation(), form.language(), panelSize, closesOn,
				form.getPopulationSource(), quotas.quotas(), me.account());
		return "redirect:/sortition/" + id + "/manage?opened";
	}

	/**
	 * Checks the panel size, closing date and quotas, rejecting each field that is wrong.
	 */
	private QuotaTable.Result validate(RecruitmentForm form, BindingResult result) {
		Integer panelSize = wholeNumber(form.getPanelSize(), 1, MAX_PANEL_SIZE);
		if (panelSize == null) {
			result.rejectValue("panelSize", "sortition.panel-size.invalid", new Object[] { MAX_PANEL_SIZE }, null);
		}
		LocalDate closesOn = date(form.getClosesDay(), form.getClosesMonth(), form.getClosesYear());
		if (closesOn == null) {
			result.rejectValue("closesDay", "sortition.closes.invalid");
		}
		else if (closesOn.isBefore(recruitments.today())) {
			result.rejectValue("closesDay", "sortition.closes.past");
		}
		QuotaTable.Result quotas = QuotaTable.parse(form.getQuotas(), panelSize);
		for (QuotaTable.Problem problem : quotas.problems()) {
			result.rejectValue("quotas", problem.code(), problem.arguments(), null);
		}
		return quotas;
	}

	@GetMapping("/sortition/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Recruitment recruitment = organised(me, id);
		if (!recruitment.editable()) {
			return "redirect:/sortition/" + id + "/manage";
		}
		model.addAttribute("form", editForm(recruitment));
		return populateEdit(recruitment, model);
	}

	private static RecruitmentForm editForm(Recruitment recruitment) {
		RecruitmentForm form = new RecruitmentForm();
		form.setTitle(recruitment.title());
		form.setInvitation(recruitment.invitation());
		form.setLanguage(recruitment.language());
		form.setPanelSize(Integer.toString(recruitment.panelSize()));
		form.setClosesDay(Integer.toString(recruitment.closesOn().getDayOfMonth()));
		form.setClosesMonth(Integer.toString(recruitment.closesOn().getMonthValue()));
		form.setClosesYear(Integer.toString(recruitment.closesOn().getYear()));
		form.setPopulationSource(recruitment.populationSource() == null ? "" : recruitment.populationSource());
		form.setQuotas(QuotaTable.format(recruitment.quotas()));
		return form;
	}

	@PostMapping("/sortition/{id}/edit")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") RecruitmentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Recruitment recruitment = organised(me, id);
		QuotaTable.Result quotas = validate(form, result);
		if (!result.hasErrors()) {
			Recruitments.EditOutcome outcome = recruitments.edit(id, form.getTitle(), form.getInvitation(),
					form.language(), wholeNumber(form.getPanelSize(), 1, MAX_PANEL_SIZE),
					date(form.getClosesDay(), form.getClosesMonth(), form.getClosesYear()), form.getPopulationSource(),
					quotas.quotas());
			switch (outcome) {
				case SAVED -> {
					redirect.addFlashAttribute("notice", "sortition.edit.saved");
					return "redirect:/sortition/" + id + "/manage";
				}
				case NOT_EDITABLE -> {
					redirect.addFlashAttribute("problem", "sortition.edit.not-editable");
					return "redirect:/sortition/" + id + "/manage";
				}
				case QUOTAS_LOCKED -> result.rejectValue("quotas", "sortition.edit.quotas-locked");
			}
		}
		FormErrors.refuse(response);
		return populateEdit(recruitment, model);
	}

	private String populateEdit(Recruitment recruitment, Model model) {
		model.addAttribute("recruitment", recruitment);
		model.addAttribute("quotasLocked", recruitments.poolSize(recruitment.id()) > 0);
		return "sortition/admin/new";
	}

	@PostMapping("/sortition/{id}/reopen")
	String processReopen(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		organised(me, id);
		if (recruitments.reopen(id)) {
			redirect.addFlashAttribute("notice", "sortition.manage.reopened");
			return "redirect:/sortition/" + id + "/manage";
		}
		Recruitment recruitment = recruitments.find(id);
		if (recruitment.editable()) {
			// The closing date is what stands in the way: the edit form, with that field
			// in
			// error, is where it changes.
			RecruitmentForm form = editForm(recruitment);
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			result.rejectValue("closesDay", "sortition.reopen.date-passed");
			FormErrors.refuse(response);
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
			return populateEdit(recruitment, model);
		}
		redirect.addFlashAttribute("problem", "sortition.edit.not-editable");
		return "redirect:/sortition/" + id + "/manage";
	}

	@GetMapping("/sortition/{id}/manage")
	String showManagement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Recruitment recruitment = organised(me, id);
		if (!model.containsAttribute("drawForm")) {
			model.addAttribute("drawForm", new DrawForm());
		}
		return populateManagement(recruitment, model);
	}

	private String populateManagement(Recruitment recruitment, Model model) {
		long id = recruitment.id();
		List<Volunteer> volunteers = recruitments.volunteers(id);
		boolean ready = recruitment.readyToDraw(recruitments.today());
		model.addAttribute("recruitment", recruitment);
		model.addAttribute("volunteers", volunteers);
		model.addAttribute("categories", List.copyOf(recruitment.categories().keySet()));
		model.addAttribute("takesVolunteers", recruitment.takesVolunteers(recruitments.today()));
		model.addAttribute("readyToDraw", ready);
		if (!model.containsAttribute("feasibility")) {
			model.addAttribute("feasibility", ready ? recruitments.feasibility(id) : null);
		}
		model.addAttribute("panel", volunteers.stream().filter(v -> v.status().onPanel() || v.seatOpen()).toList());
		model.addAttribute("openSeats", volunteers.stream().filter(Volunteer::seatOpen).toList());
		model.addAttribute("algorithms", Algorithm.values());
		return "sortition/admin/manage";
	}

	@PostMapping("/sortition/{id}/close")
	String processClose(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		organised(me, id);
		recruitments.close(id);
		redirect.addFlashAttribute("notice", "sortition.manage.closed");
		return "redirect:/sortition/" + id + "/manage";
	}

	@PostMapping("/sortition/{id}/draw")
	String processDrawForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("drawForm") DrawForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Recruitment recruitment = organised(me, id);
		if (!recruitment.readyToDraw(recruitments.today())) {
			redirect.addFlashAttribute("notice",
					recruitment.drawing() ? "sortition.manage.drawing" : "sortition.manage.not-ready");
			return "redirect:/sortition/" + id + "/manage";
		}
		Long seed = seed(form.getSeed());
		if (seed == null) {
			result.rejectValue("seed", "sortition.seed.invalid");
		}
		Algorithm algorithm = algorithm(form.getAlgorithm());
		if (algorithm == null) {
			result.rejectValue("algorithm", "sortition.algorithm.invalid");
		}
		PanelLottery.Feasibility feasibility = recruitments.feasibility(id);
		model.addAttribute("feasibility", feasibility);
		if (!result.hasErrors() && !feasibility.feasible()) {
			result.reject("sortition.draw.infeasible");
		}
		if (!result.hasErrors()) {
			if (!recruitments.startDraw(id)) {
				// Someone started or finished the draw a moment ago (a second click, or a
				// second organiser).
				redirect.addFlashAttribute("notice",
						recruitments.find(id).drawing() ? "sortition.manage.drawing" : "sortition.manage.not-ready");
				return "redirect:/sortition/" + id + "/manage";
			}
			boolean drawn = false;
			try {
				drawn = recruitments.drawPanel(id, algorithm, seed, form.getSeedSource()).isPresent();
			}
			catch (InvalidInputException ex) {
				result.reject("sortition.draw.infeasible");
			}
			finally {
				if (!drawn) {
					recruitments.abandonDraw(id);
				}
			}
			if (!drawn && !result.hasErrors()) {
				redirect.addFlashAttribute("notice", "sortition.manage.not-ready");
				return "redirect:/sortition/" + id + "/manage";
			}
			recruitment = recruitments.find(id);
		}
		if (result.hasErrors()) {
			if (result.hasFieldErrors()) {
				FormErrors.refuse(response);
			}
			else {
				// The seed and method were fine: the pool cannot fill the quotas.
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			return populateManagement(recruitment, model);
		}
		redirect.addFlashAttribute("notice", "sortition.manage.drawn");
		return "redirect:/sortition/" + id + "/manage";
	}

	@PostMapping("/sortition/{id}/volunteers/{volunteerId}/replace")
	String processReplacement(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long volunteerId, RedirectAttributes redirect) {
		organised(me, id);
		Optional<Volunteer> replacement = recruitments.replace(id, volunteerId);
		if (replacement.isPresent()) {
			redirect.addFlashAttribute("notice", "sortition.manage.replaced");
			redirect.addFlashAttribute("noticeArgument", replacement.get().poolNumber());
		}
		else {
			redirect.addFlashAttribute("problem", "sortition.manage.no-replacement");
		}
		return "redirect:/sortition/" + id + "/manage";
	}

	@GetMapping("/sortition/{id}/pool.csv")
	ResponseEntity<byte[]> downloadPool(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id) {
		Recruitment recruitment = organised(me, id);
		return RecruitmentController.csv("pool-personal-" + id + ".csv",
				SortitionExports.volunteers(recruitment, recruitments.volunteers(id)));
	}

	@GetMapping("/sortition/{id}/panel.csv")
	ResponseEntity<byte[]> downloadPanel(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id) {
		Recruitment recruitment = organised(me, id);
		List<Volunteer> panel = recruitments.volunteers(id).stream().filter(v -> v.status().onPanel()).toList();
		return RecruitmentController.csv("panel-personal-" + id + ".csv",
				SortitionExports.volunteers(recruitment, panel));
	}

	private Recruitment organised(@Nullable SignedInAccount me, long id) {
		Recruitment recruitment = recruitments.find(id);
		if (!permissions.canOrganise(me, recruitment)) {
			throw new AccessDeniedException("Only the organisers of recruitment " + id + " may do this");
		}
		return recruitment;
	}

	private static @Nullable Integer wholeNumber(String text, int min, int max) {
		String value = text.strip();
		if (!value.matches("[0-9]{1,7}")) {
			return null;
		}
		int number = Integer.parseInt(value);
		return number < min || number > max ? null : number;
	}

	private static @Nullable LocalDate date(String day, String month, String year) {
		Integer d = wholeNumber(day, 1, 31);
		Integer m = wholeNumber(month, 1, 12);
		Integer y = year.strip().length() == 4 ? wholeNumber(year, 2000, 9999) : null;
		if (d == null || m == null || y == null) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The seed: a whole number, or published numbers written with spaces, commas or
	 * dashes between them, which are joined in the order given (3 11 24 becomes 31124).
	 */
	static @Nullable Long seed(String text) {
		String digits = text.strip().replaceAll("[\\s,\\-/]+", "");
		if (!digits.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.parseLong(digits);
	}

	private static @Nullable Algorithm algorithm(String name) {
		for (Algorithm algorithm : Algorithm.values()) {
			if (algorithm.name().equals(name)) {
				return algorithm;
			}
		}
		return null;
	}

}
