package org.copro.directory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People: the public profiles of those who opted in, each person's own profile, and the
 * consent to share contact details with chosen people ("Who can see my contact details").
 */
@Controller
class PeopleController {

	/**
	 * One consent as the contacts page shows it; details only on the side of the person
	 * who may see them.
	 */
	record GrantView(long accountId, String name, @Nullable Long profileId, Instant grantedAt,
			@Nullable ContactDetails details) {
	}

	private final People people;

	private final Organisations organisations;

	private final Accounts accounts;

	private final DirectoryPermissions permissions;

	PeopleController(People people, Organisations organisations, Accounts accounts, DirectoryPermissions permissions) {
		this.people = people;
		this.organisations = organisations;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@GetMapping("/directory/people")
	String showPeople(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		List<Profile> profiles = people.published();
		Map<Long, String> organisationNames = new HashMap<>();
		for (Profile profile : profiles) {
			Long organisationId = profile.organisationId();
			if (organisationId != null) {
				organisations.findOptional(organisationId)
					.ifPresent(organisation -> organisationNames.put(organisationId, organisation.name()));
			}
		}
		model.addAttribute("profiles", profiles);
		model.addAttribute("organisationNames", organisationNames);
		model.addAttribute("signedIn", me != null);
		return "directory/people";
	}

	@GetMapping("/directory/people/{id}")
	String showProfile(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Profile profile = people.find(id);
		AccountId viewer = me == null ? null : me.account();
		if (!people.visibleTo(profile, viewer)) {
			throw new DirectoryNotFoundException("profile", id);
		}
		Long organisationId = profile.organisationId();
		model.addAttribute("profile", profile);
		model.addAttribute("organisation",
				organisationId == null ? null : organisations.findOptional(organisationId).orElse(null));
		model.addAttribute("contact", people.contactDetails(profile, viewer).orElse(null));
		boolean own = viewer != null && profile.account().equals(viewer);
		model.addAttribute("own", own);
		model.addAttribute("canShare", !own && profile.published() && permissions.canShareContacts(me));
		model.addAttribute("sharing", viewer != null && !own && people.shares(viewer, profile.account()));
		model.addAttribute("canAwardChampion", permissions.canAwardChampion(me) && profile.published());
		return "directory/profile";
	}

	@GetMapping("/directory/profile")
	String initProfileForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		SignedInAccount person = profileKeeper(me);
		ProfileForm form = new ProfileForm();
		Optional<Profile> existing = people.profileOf(person.account());
		if (existing.isPresent()) {
			Profile profile = existing.get();
			form.setDisplayName(profile.displayName());
			form.setOrganisation(profile.organisationId() == null ? "" : profile.organisationId().toString());
			form.setInterests(profile.interests() == null ? "" : profile.interests());
			form.setBio(profile.bio() == null ? "" : profile.bio());
			form.setLanguage(profile.language());
			form.setPublished(profile.published());
			form.setContactEmail(profile.contactEmail() == null ? "" : profile.contactEmail());
			form.setContactPhone(profile.contactPhone() == null ? "" : profile.contactPhone());
		}
		else {
			form.setDisplayName(person.displayName());
		}
		model.addAttribute("form", form);
		return populateProfileForm(existing.orElse(null), model);
	}

	private String populateProfileForm(@Nullable Profile profile, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("organisations", organisations.all());
		return "directory/profile-form";
	}

	@PostMapping("/directory/profile")
	String processProfileForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SignedInAccount person = profileKeeper(me);
		Long organisationId = null;
		if (!form.getOrganisation().isBlank()) {
			try {
				organisationId = Long.parseLong(form.getOrganisation());
			}
			catch (NumberFormatException ex) {
				organisationId = -1L;
			}
			if (organisations.findOptional(organisationId).isEmpty()) {
				result.rejectValue("organisation", "directory.profile.organisation.invalid");
			}
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateProfileForm(people.profileOf(person.account()).orElse(null), model);
		}
		Profile profile = people.save(person.account(), form.getDisplayName(), organisationId, form.getInterests(),
				form.getBio(), form.language(), form.isPublished(), form.getContactEmail(), form.getContactPhone());
		redirect.addFlashAttribute("notice",
				profile.published() ? "directory.profile.saved-public" : "directory.profile.saved-private");
		return "redirect:/directory/people/" + profile.id();
	}

	@PostMapping("/directory/profile/withdraw")
	String processWithdrawProfile(@AuthenticationPrincipal @Nullable SignedInAccount me, RedirectAttributes redirect) {
		SignedInAccount person = profileKeeper(me);
		people.withdraw(person.account());
		redirect.addFlashAttribute("notice", "directory.profile.withdrawn");
		return "redirect:/directory/profile";
	}

	private SignedInAccount profileKeeper(@Nullable SignedInAccount me) {
		if (me == null || !permissions.canKeepProfile(me)) {
			throw new AccessDeniedException("Sign in to keep a profile");
		}
		return me;
	}

	@PostMapping("/directory/people/{id}/champion")
	String processChampion(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@RequestParam(name = "award", defaultValue = "false") boolean award, RedirectAttributes redirect) {
		if (!permissions.canAwardChampion(me)) {
			throw new AccessDeniedException("Only moderators give the champion badge");
		}
		people.awardChampion(id, award);
		redirect.addFlashAttribute("notice", award ? "directory.champion.awarded" : "directory.champion.removed");
		return "redirect:/directory/people/" + id;
	}

	@PostMapping("/directory/people/{id}/share")
	String processShare(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canShareContacts(me)) {
			throw new AccessDeniedException("Sign in to share your contact details");
		}
		Optional<Profile> own = people.profileOf(me.account());
		if (own.isEmpty() || people.contactDetails(own.get(), me.account()).isEmpty()) {
			redirect.addFlashAttribute("problem", "directory.share.no-details");
			return "redirect:/directory/people/" + id;
		}
		if (people.share(me.account(), id)) {
			redirect.addFlashAttribute("notice", "directory.share.granted");
		}
		else {
			redirect.addFlashAttribute("problem", "directory.share.impossible");
		}
		return "redirect:/directory/people/" + id;
	}

	@PostMapping("/directory/people/{id}/unshare")
	String processUnshare(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null) {
			throw new AccessDeniedException("Sign in first");
		}
		people.withdrawShare(me.account(), people.find(id).account());
		redirect.addFlashAttribute("notice", "directory.share.withdrawn");
		return "redirect:/directory/people/" + id;
	}

	@GetMapping("/directory/contacts")
	String showContacts(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (me == null) {
			throw new AccessDeniedException("Sign in to see who can see your contact details");
		}
		List<GrantView> given = people.grantsBy(me.account())
			.stream()
			.map(grant -> view(grant.granteeId(), grant.grantedAt(), null))
			.toList();
		List<GrantView> received = people.grantsTo(me.account())
			.stream()
			.map(grant -> view(grant.ownerId(), grant.grantedAt(),
					people.profileOf(new AccountId(grant.ownerId()))
						.flatMap(profile -> people.contactDetails(profile, me.account()))
						.orElse(null)))
			.toList();
		model.addAttribute("given", given);
		model.addAttribute("received", received);
		model.addAttribute("hasProfile", people.profileOf(me.account()).isPresent());
		return "directory/contacts";
	}

	private GrantView view(long accountId, Instant grantedAt, @Nullable ContactDetails details) {
		AccountId account = new AccountId(accountId);
		String name = people.profileOf(account)
			.map(Profile::displayName)
			.or(() -> accounts.displayName(account))
			.orElse("");
		return new GrantView(accountId, name, people.publishedProfileId(account), grantedAt, details);
	}

	@PostMapping("/directory/contacts/{accountId}/withdraw")
	String processWithdrawShare(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long accountId,
			RedirectAttributes redirect) {
		if (me == null) {
			throw new AccessDeniedException("Sign in first");
		}
		people.withdrawShare(me.account(), new AccountId(accountId));
		redirect.addFlashAttribute("notice", "directory.share.withdrawn");
		return "redirect:/directory/contacts";
	}

}
