package org.copro.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact details reach only the people their owner chose, on every page, and stop
 * reaching them as soon as the owner withdraws: checked route by route for the owner, the
 * chosen person, another participant, a moderator, an administrator and an anonymous
 * visitor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContactSharingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	People people;

	@Autowired
	Organisations organisations;

	record Cast(SignedInAccount owner, SignedInAccount chosen, SignedInAccount other, SignedInAccount moderator,
			SignedInAccount administrator, Profile ownerProfile, Profile chosenProfile, String email, String phone) {
	}

	Cast cast() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SignedInAccount owner = accounts.person("Owain Owner", Role.PARTICIPANT);
		SignedInAccount chosen = accounts.person("Cerys Chosen", Role.PARTICIPANT);
		SignedInAccount other = accounts.person("Other Participant", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Mod Erator", Role.MODERATOR);
		SignedInAccount administrator = accounts.person("Admin Istrator", Role.ADMINISTRATOR);
		String email = "owain-" + tag + "@private.example.org";
		String phone = "07700 9" + tag.replaceAll("[^0-9]", "1").substring(0, 5);
		mvc.perform(post("/directory/profile").with(user(owner))
			.with(csrf())
			.param("displayName", "Owain " + tag)
			.param("published", "true")
			.param("contactEmail", email)
			.param("contactPhone", phone)).andExpect(status().is3xxRedirection());
		for (SignedInAccount person : List.of(chosen, other, moderator, administrator)) {
			mvc.perform(post("/directory/profile").with(user(person))
				.with(csrf())
				.param("displayName", person.displayName() + " " + tag)
				.param("published", "true")
				.param("contactEmail", "x-" + UUID.randomUUID() + "@example.org"))
				.andExpect(status().is3xxRedirection());
		}
		return new Cast(owner, chosen, other, moderator, administrator, people.profileOf(owner.account()).orElseThrow(),
				people.profileOf(chosen.account()).orElseThrow(), email, phone);
	}

	/** Every page where a person or their details might appear. */
	List<MockHttpServletRequestBuilder> routes(Cast cast) {
		List<MockHttpServletRequestBuilder> routes = new ArrayList<>();
		routes.add(get("/directory/people"));
		routes.add(get("/directory/people/{id}", cast.ownerProfile().id()));
		routes.add(get("/directory/people/{id}", cast.chosenProfile().id()));
		routes.add(get("/directory"));
		routes.add(get("/directory/groups"));
		return routes;
	}

	void assertNotSeenBy(Cast cast, SignedInAccount viewer) throws Exception {
		for (MockHttpServletRequestBuilder route : routes(cast)) {
			if (viewer != null) {
				route.with(user(viewer));
			}
			mvc.perform(route)
				.andExpect(content().string(not(containsString(cast.email()))))
				.andExpect(content().string(not(containsString(cast.phone()))));
		}
		if (viewer != null) {
			mvc.perform(get("/directory/contacts").with(user(viewer)))
				.andExpect(content().string(not(containsString(cast.email()))));
		}
	}

	@Test
	void nobodySeesContactDetailsBeforeTheyAreShared() throws Exception {
		Cast cast = cast();
		for (SignedInAccount viewer : new SignedInAccount[] { null, cast.chosen(), cast.other(), cast.moderator(),
				cast.administrator() }) {
			assertNotSeenBy(cast, viewer);
		}
		mvc.perform(get("/directory/people/{id}", cast.ownerProfile().id()).with(user(cast.owner())))
			.andExpect(content().string(containsString(cast.email())));
	}

	@Test
	void onlyTheChosenPersonSeesThemUntilTheOwnerWithdraws() throws Exception {
		Cast cast = cast();
		mvc.perform(
				post("/directory/people/{id}/share", cast.chosenProfile().id()).with(user(cast.owner())).with(csrf()))
			.andExpect(redirectedUrl("/directory/people/" + cast.chosenProfile().id()));

		mvc.perform(get("/directory/people/{id}", cast.ownerProfile().id()).with(user(cast.chosen())))
			.andExpect(content().string(containsString(cast.email())))
			.andExpect(content().string(containsString(cast.phone())));
		mvc.perform(get("/directory/contacts").with(user(cast.chosen())))
			.andExpect(content().string(containsString(cast.email())));
		mvc.perform(get("/directory/contacts").with(user(cast.owner())))
			.andExpect(content().string(containsString(cast.chosenProfile().displayName())));
		for (SignedInAccount viewer : new SignedInAccount[] { null, cast.other(), cast.moderator(),
				cast.administrator() }) {
			assertNotSeenBy(cast, viewer);
		}

		mvc.perform(
				post("/directory/contacts/{account}/withdraw", cast.chosen().account().value()).with(user(cast.owner()))
					.with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts"));
		assertNotSeenBy(cast, cast.chosen());
		mvc.perform(get("/directory/contacts").with(user(cast.owner())))
			.andExpect(content().string(containsString("You do not share your contact details with anyone.")));
	}

	@Test
	void withdrawingFromTheProfilePageWorksToo() throws Exception {
		Cast cast = cast();
		mvc.perform(
				post("/directory/people/{id}/share", cast.chosenProfile().id()).with(user(cast.owner())).with(csrf()));
		assertThat(people.shares(cast.owner().account(), cast.chosen().account())).isTrue();
		mvc.perform(
				post("/directory/people/{id}/unshare", cast.chosenProfile().id()).with(user(cast.owner())).with(csrf()))
			.andExpect(redirectedUrl("/directory/people/" + cast.chosenProfile().id()));
		assertNotSeenBy(cast, cast.chosen());
	}

	@Test
	void hidingTheProfileKeepsDetailsFromEveryoneButTheChosen() throws Exception {
		Cast cast = cast();
		mvc.perform(
				post("/directory/people/{id}/share", cast.chosenProfile().id()).with(user(cast.owner())).with(csrf()));
		mvc.perform(post("/directory/profile/withdraw").with(user(cast.owner())).with(csrf()));
		mvc.perform(get("/directory/people/{id}", cast.ownerProfile().id()).with(user(cast.other())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/directory/people/{id}", cast.ownerProfile().id()).with(user(cast.moderator())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/directory/people/{id}", cast.ownerProfile().id()).with(user(cast.chosen())))
			.andExpect(content().string(containsString(cast.email())));
	}

	@Test
	void sharingNeedsASignedInPersonAndAnotherPublicProfile() throws Exception {
		Cast cast = cast();
		mvc.perform(post("/directory/people/{id}/share", cast.chosenProfile().id()).with(csrf()))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(
				post("/directory/people/{id}/share", cast.ownerProfile().id()).with(user(cast.owner())).with(csrf()))
			.andExpect(redirectedUrl("/directory/people/" + cast.ownerProfile().id()));
		assertThat(people.grantsBy(cast.owner().account())).isEmpty();
		mvc.perform(get("/directory/contacts")).andExpect(redirectedUrl("/sign-in"));
		SignedInAccount noDetails = accounts.person("No Details", Role.PARTICIPANT);
		mvc.perform(post("/directory/people/{id}/share", cast.chosenProfile().id()).with(user(noDetails)).with(csrf()))
			.andExpect(redirectedUrl("/directory/people/" + cast.chosenProfile().id()));
		assertThat(people.grantsBy(noDetails.account())).isEmpty();
	}

}
