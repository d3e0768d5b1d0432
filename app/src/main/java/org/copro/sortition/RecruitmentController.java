package org.copro.sortition;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: the list of recruitments, each one's invitation, volunteering, and
 * after the draw the result and the files to re-run it.
 */
@Controller
class RecruitmentController {

	private final Recruitments recruitments;

	private final SortitionPermissions permissions;

	RecruitmentController(Recruitments recruitments, SortitionPermissions permissions) {
		this.recruitments = recruitments;
		this.permissions = permissions;
	}

	@GetMapping("/sortition")
	String showRecruitments(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		model.addAttribute("recruitments", recruitments.list());
		model.addAttribute("canOpen", permissions.canOpen(me));
		model.addAttribute("today", recruitments.today());
		return "sortition/list";
	}

	@GetMapping("/sortition/{id}")
	String showRecruitment(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Recruitment recruitment = recruitments.find(id);
		model.addAttribute("recruitment", recruitment);
		model.addAttribute("takesVolunteers", recruitment.takesVolunteers(recruitments.today()));
		model.addAttribute("canOrganise", permissions.canOrganise(me, recruitment));
		model.addAttribute("registration",
				me == null ? null : recruitments.registration(id, me.account()).orElse(null));
		model.addAttribute("poolSize", recruitments.poolSize(id));
		return "sortition/show";
	}

	@GetMapping("/sortition/{id}/register")
	String initRegistrationForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			Model model) {
		if (!permissions.canVolunteer(me)) {
			throw new AccessDeniedException("Volunteers sign in first");
		}
		Recruitment recruitment = recruitments.find(id);
		if (!recruitment.takesVolunteers(recruitments.today())
				|| recruitments.registration(id, me.account()).isPresent()) {
			return "redirect:/sortition/" + id;
		}
		RegistrationForm form = new RegistrationForm();
		form.setName(me.displayName());
		model.addAttribute("form", form);
		return populateRegistration(recruitment, model);
	}

	@PostMapping("/sortition/{id}/register")
	String processRegistrationForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!permissions.canVolunteer(me)) {
			throw new AccessDeniedException("Volunteers sign in first");
		}
		Recruitment recruitment = recruitments.find(id);
		List<String> categories = List.copyOf(recruitment.categories().keySet());
		while (form.getAnswers().size() < categories.size()) {
			form.getAnswers().add("");
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < categories.size(); i++) {
			String category = categories.get(i);
			String answer = form.getAnswers().get(i);
			boolean known = recruitment.categories().get(category).stream().anyMatch(q -> q.answer().equals(answer));
			if (!known) {
				result.rejectValue("answers[" + i + "]", "sortition.answer.required", new Object[] { category }, null);
			}
			answers.put(category, answer == null ? "" : answer);
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateRegistration(recruitment, model);
		}
		if (!recruitments.register(id, me.account(), form.getName(), form.getContact(), form.getAccessNeeds(),
				form.getHousehold(), answers)) {
			redirect.addFlashAttribute("notice", "sortition.register.not-taken");
			return "redirect:/sortition/" + id;
		}
		redirect.addFlashAttribute("notice", "sortition.register.done");
		return "redirect:/sortition/" + id;
	}

	@PostMapping("/sortition/{id}/place")
	String processPlaceResponse(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String response, RedirectAttributes redirect) {
		if (!permissions.canVolunteer(me)) {
			throw new AccessDeniedException("Volunteers sign in first");
		}
		recruitments.find(id);
		boolean accept = "accept".equals(response);
		if (!accept && !"decline".equals(response)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Answer accept or decline");
		}
		if (!recruitments.respond(id, me.account(), accept)) {
			throw new AccessDeniedException("Only a panel member answers for their place");
		}
		redirect.addFlashAttribute("notice", accept ? "sortition.place.accepted" : "sortition.place.declined");
		return "redirect:/sortition/" + id;
	}

	private String populateRegistration(Recruitment recruitment, Model model) {
		model.addAttribute("recruitment", recruitment);
		model.addAttribute("categories", List.copyOf(recruitment.categories().entrySet()));
		return "sortition/register";
	}

	@GetMapping("/sortition/{id}/result")
	String showResult(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Recruitment recruitment = drawn(id);
		model.addAttribute("recruitment", recruitment);
		model.addAttribute("result", recruitments.result(id));
		model.addAttribute("canOrganise", permissions.canOrganise(me, recruitment));
		return "sortition/result";
	}

	@GetMapping("/sortition/{id}/categories.csv")
	ResponseEntity<byte[]> downloadCategories(@PathVariable long id) {
		Recruitment recruitment = drawn(id);
		return csv("categories-" + id + ".csv", SortitionExports.categories(recruitment));
	}

	@GetMapping("/sortition/{id}/pool-anonymised.csv")
	ResponseEntity<byte[]> downloadAnonymisedPool(@PathVariable long id) {
		Recruitment recruitment = drawn(id);
		return csv("pool-" + id + ".csv", SortitionExports.anonymisedPool(recruitment, recruitments.volunteers(id)));
	}

	private Recruitment drawn(long id) {
		Recruitment recruitment = recruitments.find(id);
		if (!recruitment.drawn()) {
			throw new RecruitmentNotFoundException(id);
		}
		return recruitment;
	}

	static ResponseEntity<byte[]> csv(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
