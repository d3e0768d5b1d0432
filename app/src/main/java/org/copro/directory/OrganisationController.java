package org.copro.directory;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organisations: the searchable directory, each organisation's page, registering and
 * editing one, joining it, and the contact form that reaches it without showing its
 * address.
 */
@Controller
class OrganisationController {

	/**
	 * A member as an organisation's page shows them: their name, and their profile when
	 * it is public.
	 */
	record MemberView(String name, @Nullable Long profileId, boolean manager) {
	}

	private final Organisations organisations;

	private final People people;

	private final Accounts accounts;

	private final DirectoryPermissions permissions;

	private final ContactLimiter limiter;

	OrganisationController(Organisations organisations, People people, Accounts accounts,
			DirectoryPermissions permissions, ContactLimiter limiter) {
		this.organisations = organisations;
		this.people = people;
		this.accounts = accounts;
		this.permissions = permissions;
		this.limiter = limiter;
	}

	@GetMapping("/directory")
	String showDirectory(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "sector", defaultValue = "") String sector,
			@RequestParam(name = "area", defaultValue = "") String area,
			@RequestParam(name = "offer", defaultValue = "") String offer,
			@RequestParam(name = "willingness", defaultValue = "") String willingness,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		OrganisationFilter filter = new OrganisationFilter(text.length() > 200 ? text.substring(0, 200) : text,
				Choices.parse(Sector.class, sector), Choices.parse(Area.class, area), Choices.parse(Offer.class, offer),
				Choices.parse(Willingness.class, willingness));
		OrganisationResults results = organisations.search(filter, page);
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("areas", Area.values());
		model.addAttribute("offers", Offer.values());
		model.addAttribute("willingnesses", Willingness.values());
		model.addAttribute("canRegister", permissions.canRegister(me));
		model.addAttribute("canAdminister", permissions.canAdminister(me));
		model.addAttribute("previousLink", results.hasPrevious() ? pageLink(results.page() - 1) : null);
		model.addAttribute("nextLink", results.hasNext() ? pageLink(results.page() + 1) : null);
		return "directory/list";
	}

	private static String pageLink(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

	@GetMapping("/directory/organisations/new")
	String initRegisterForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canRegister(me)) {
			throw new AccessDeniedException("Sign in to register an organisation");
		}
		model.addAttribute("form", new OrganisationForm());
		return populateForm(model, null);
	}

	private String populateForm(Model model, @Nullable Organisation organisation) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("sizes", OrganisationSize.values());
		model.addAttribute("willingnesses", Willingness.values());
		model.addAttribute("areaChoices", Area.values());
		model.addAttribute("serviceChoices", ServiceArea.values());
		model.addAttribute("offerChoices", Offer.values());
		return "directory/organisation-form";
	}

	@PostMapping("/directory/organisations")
	String processRegisterForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canRegister(me)) {
			throw new AccessDeniedException("Sign in to register an organisation");
		}
		OrganisationDetails details = form.details(result);
		if (details == null) {
			FormErrors.refuse(response);
			return populateForm(model, null);
		}
		long id = organisations.register(details, me.account());
		return "redirect:/directory/organisations/" + id + "?registered";
	}

	@GetMapping("/directory/organisations/{id}")
	String showOrganisation(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Organisation organisation = organisations.find(id);
		List<MemberView> members = organisations.members(id)
			.stream()
			.map(member -> new MemberView(accounts.displayName(new AccountId(member.accountId())).orElse(""),
					people.publishedProfileId(new AccountId(member.accountId())), member.manager()))
			.filter(member -> !member.name().isEmpty())
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", members);
		model.addAttribute("canEdit", permissions.canEdit(me, organisation));
		model.addAttribute("canRemove", permissions.canRemove(me));
		model.addAttribute("canJoin", permissions.canJoin(me));
		model.addAttribute("isMember", me != null && organisations.isMember(id, me.account()));
		model.addAttribute("signedIn", me != null);
		return "directory/organisation";
	}

	@GetMapping("/directory/organisations/{id}/edit")
	String initEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Organisation organisation = editable(me, id);
		model.addAttribute("form", OrganisationForm.of(organisation.details()));
		return populateForm(model, organisation);
	}

	@PostMapping("/directory/organisations/{id}")
	String processEditForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Organisation organisation = editable(me, id);
		OrganisationDetails details = form.details(result);
		if (details == null) {
			FormErrors.refuse(response);
			return populateForm(model, organisation);
		}
		organisations.change(id, details);
		redirect.addFlashAttribute("notice", "directory.organisation.saved");
		return "redirect:/directory/organisations/" + id;
	}

	private Organisation editable(@Nullable SignedInAccount me, long id) {
		Organisation organisation = organisations.find(id);
		if (!permissions.canEdit(me, organisation)) {
			throw new AccessDeniedException("Only the managers of organisation " + id + " and moderators edit it");
		}
		return organisation;
	}

	@PostMapping("/directory/organisations/{id}/remove")
	String processRemove(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (!permissions.canRemove(me)) {
			throw new AccessDeniedException("Only moderators remove organisations");
		}
		organisations.remove(id);
		redirect.addFlashAttribute("notice", "directory.organisation.removed");
		return "redirect:/directory";
	}

	@PostMapping("/directory/organisations/{id}/join")
	String processJoin(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canJoin(me)) {
			throw new AccessDeniedException("Sign in to join an organisation");
		}
		organisations.join(id, me.account());
		redirect.addFlashAttribute("notice", "directory.organisation.joined");
		return "redirect:/directory/organisations/" + id;
	}

	@PostMapping("/directory/organisations/{id}/leave")
	String processLeave(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null) {
			throw new AccessDeniedException("Sign in first");
		}
		organisations.leave(id, me.account());
		redirect.addFlashAttribute("notice", "directory.organisation.left");
		return "redirect:/directory/organisations/" + id;
	}

	@GetMapping("/directory/organisations/{id}/contact")
	String initContactForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		if (!permissions.canContact(me)) {
			throw new AccessDeniedException("Sign in to contact an organisation");
		}
		model.addAttribute("organisation", organisations.find(id));
		model.addAttribute("form", new ContactForm());
		return "directory/contact";
	}

	@PostMapping("/directory/organisations/{id}/contact")
	String processContactForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (me == null || !permissions.canContact(me)) {
			throw new AccessDeniedException("Sign in to contact an organisation");
		}
		Organisation organisation = organisations.find(id);
		if (!result.hasErrors() && !limiter.tryAcquire(me.account().value())) {
			// Not bad input: the message is kept for when the limit has passed.
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.rejectValue("message", "directory.contact.too-many");
		}
		else if (result.hasErrors()) {
			FormErrors.refuse(response);
		}
		if (result.hasErrors()) {
			model.addAttribute("organisation", organisation);
			return "directory/contact";
		}
		organisations.contact(id, me.displayName(), me.getUsername(), form.getMessage());
		redirect.addFlashAttribute("notice", "directory.contact.sent");
		return "redirect:/directory/organisations/" + id;
	}

}
