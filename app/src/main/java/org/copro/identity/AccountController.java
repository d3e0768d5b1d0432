package org.copro.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own account: language, email verification, their data to download, and
 * deletion.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final IdentityPermissions permissions;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	AccountController(Accounts accounts, IdentityPermissions permissions, LocaleResolver localeResolver,
			JsonMapper json) {
		this.accounts = accounts;
		this.permissions = permissions;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("account", accounts.summary(me.account()));
		return "identity/account";
	}

	@PostMapping("/account/language")
	String processLanguageForm(@AuthenticationPrincipal SignedInAccount me, @RequestParam String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Locale chosen = "cy".equals(language) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
		if (!chosen.getLanguage().equals(language)) {
			// Only a changed request sends another value: the form offers radios.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown language");
		}
		accounts.changeLanguage(me.account(), chosen);
		localeResolver.setLocale(request, response, chosen);
		redirect.addFlashAttribute("notice", "identity.account.language.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/verify-email")
	String processResendVerification(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		accounts.resendVerification(me.account());
		redirect.addFlashAttribute("notice", "identity.account.verification.sent");
		return "redirect:/account";
	}

	@GetMapping("/account/data")
	ResponseEntity<byte[]> downloadPersonalData(@AuthenticationPrincipal SignedInAccount me) {
		byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(accounts.personalData(me.account()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("copro-my-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/account/delete")
	String initDeleteForm(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") DeleteAccountForm form,
			Model model) {
		model.addAttribute("allowed", permissions.canDelete(me));
		return "identity/delete";
	}

	@PostMapping("/account/delete")
	String processDeleteForm(@AuthenticationPrincipal SignedInAccount me,
			@Valid @ModelAttribute("form") DeleteAccountForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		boolean allowed = permissions.canDelete(me);
		if (allowed && !result.hasErrors() && !accounts.passwordMatches(me.account(), form.getPassword())) {
			result.rejectValue("password", "identity.delete.password.wrong");
		}
		if (!allowed) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		}
		else if (result.hasErrors()) {
			FormErrors.refuse(response);
		}
		if (!allowed || result.hasErrors()) {
			model.addAttribute("allowed", allowed);
			return "identity/delete";
		}
		accounts.delete(me.account());
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/?accountDeleted";
	}

}
