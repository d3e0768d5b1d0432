package org.copro.budgeting;

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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents propose project ideas; reviewers decide on feasibility and cost in public;
 * the ballot follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingProposalsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Autowired
	BudgetingPersonalData personalData;

	long create(SignedInAccount facilitator) throws Exception {
		MvcResult created = mvc
			.perform(post("/budgeting").with(user(facilitator))
				.with(csrf())
				.param("title", "Ideas budget " + UUID.randomUUID())
				.param("description", "Money for ideas.")
				.param("budget", "100")
				.param("currency", "GBP")
				.param("minProjects", "1")
				.param("maxProjects", "2")
				.param("rule", "GREEDY"))
			.andExpect(redirectedUrlPattern("/budgeting/*/manage?created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
	}

	void propose(SignedInAccount resident, long id, String title, String cost) throws Exception {
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", title)
			.param("description", title + " for the street")
			.param("cost", cost)).andExpect(redirectedUrl("/budgeting/" + id));
	}

	long projectId(long id, String title) {
		return budgeting.projects(id).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
	}

	@Test
	void ideasAreMarkedWithTheLanguageTheyAreWrittenIn() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		SignedInAccount resident = accounts.person("Rhys", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		long id = create(facilitator);
		mvc.perform(post("/budgeting/{id}/proposals", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		String form = mvc.perform(get("/budgeting/{id}", id).with(user(resident)).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).as("the form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "Coed stryd")
			.param("description", "Coed ar hyd y stryd fawr.")
			.param("cost", "35")
			.param("language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(budgeting.projects(id)).isEmpty();
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "Coed stryd")
			.param("description", "Coed ar hyd y stryd fawr.")
			.param("cost", "35")
			.param("language", "cy")).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.locale(welsh)
			.param("title", "Benches")
			.param("description", "Benches by the river.")
			.param("cost", "20")
			.param("language", "en")).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(get("/budgeting/{id}", id))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("<span lang=\"cy\">Coed stryd</span> – £35")))
			.andExpect(content().string(containsString("lang=\"cy\">Coed ar hyd y stryd fawr.</p>")));
		mvc.perform(get("/budgeting/{id}", id).locale(welsh))
			.andExpect(content().string(containsString("<html lang=\"cy\"")))
			.andExpect(content().string(containsString("<span lang=\"en\">Benches</span> – £20")))
			.andExpect(content().string(containsString("lang=\"en\">Benches by the river.</p>")));
	}

	@Test
	void theProcessAndTheReviewersReasonsAreMarkedWithTheirLanguage() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		SignedInAccount resident = accounts.person("Rhys", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		String title = "Cyllideb y parc " + UUID.randomUUID();
		int before = budgeting.list().size();
		mvc.perform(post("/budgeting").with(user(facilitator))
			.with(csrf())
			.param("title", title)
			.param("description", "Arian i’r parc.")
			.param("language", "fr")
			.param("budget", "100")
			.param("currency", "GBP")
			.param("minProjects", "1")
			.param("maxProjects", "2")
			.param("rule", "GREEDY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(budgeting.list()).hasSize(before);
		String created = mvc
			.perform(post("/budgeting").with(user(facilitator))
				.with(csrf())
				.param("title", title)
				.param("description", "Arian i’r parc.")
				.param("language", "cy")
				.param("budget", "100")
				.param("currency", "GBP")
				.param("minProjects", "1")
				.param("maxProjects", "2")
				.param("rule", "GREEDY"))
			.andExpect(redirectedUrlPattern("/budgeting/*/manage?created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.replaceAll("^/budgeting/(\\d+)/.*$", "$1"));
		mvc.perform(post("/budgeting/{id}/projects", id).with(user(facilitator))
			.with(csrf())
			.param("title", "Meinciau")
			.param("description", "Meinciau wrth yr afon.")
			.param("cost", "20")
			.param("feasibility", "Gwiriwyd gan y tîm parciau")
			.param("language", "cy")).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(post("/budgeting/{id}/proposals", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		propose(resident, id, "Street trees", "30");
		long trees = projectId(id, "Street trees");
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator))
			.with(csrf())
			.param("review", "FEASIBLE")
			.param("cost", "35")
			.param("reason", "The highways team can plant them")
			.param("language", "xx"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")));
		assertThat(budgeting.project(id, trees).review()).isEqualTo(ProjectReview.PENDING);
		// English written on a Welsh page.
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("review", "FEASIBLE")
			.param("cost", "35")
			.param("reason", "The highways team can plant them")
			.param("language", "en")).andExpect(redirectedUrl("/budgeting/" + id + "/manage"));

		assertThat(mvc.perform(get("/budgeting")).andReturn().getResponse().getContentAsString())
			.contains("lang=\"cy\">" + title + "</a>");
		assertThat(mvc.perform(get("/budgeting/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">" + title + "</h1>")
			.contains("<p class=\"govuk-body\" lang=\"cy\">Arian i’r parc.</p>")
			.contains("Feasibility: <span lang=\"cy\">Gwiriwyd gan y tîm parciau</span>");
		assertThat(mvc.perform(get("/budgeting/{id}", id).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("<html lang=\"cy\"")
			.contains("Rheswm yr adolygwyr: <span lang=\"en\">The highways team can plant them</span>");
		assertThat(
				mvc.perform(get("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator)).locale(welsh))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.as("the review form keeps the reason's language")
			.containsPattern("value=\"en\" id=\"language\" name=\"language\"\\s+checked");
		assertThat(personalData.personalData(resident.account()).get("ideas").toString())
			.contains("description=Street trees for the street, language=en");
	}

	@Test
	void residentsProposeReviewersDecideInPublicAndOnlyFeasibleIdeasAreOnTheBallot() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount resident = accounts.person("Rhys Resident", Role.PARTICIPANT);
		long id = create(facilitator);

		// Not yet collecting ideas: the idea is refused, saying why.
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "Too early")
			.param("description", "Early")
			.param("cost", "10"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Project ideas are not being collected yet")));
		assertThat(budgeting.projects(id)).isEmpty();

		// Only the organisers open the proposal phase.
		mvc.perform(post("/budgeting/{id}/proposals", id).with(user(resident)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/budgeting/{id}/proposals", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).proposals()).isTrue();

		mvc.perform(get("/budgeting/{id}", id).with(user(resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Propose a project")));
		mvc.perform(get("/budgeting/{id}", id))
			.andExpect(content().string(containsString("Sign in to propose a project")));

		// Validation: nothing saved.
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "")
			.param("description", "A thing")
			.param("cost", "lots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the name of the project")))
			.andExpect(content().string(containsString("Enter the cost as a whole number greater than 0")));
		mvc.perform(post("/budgeting/{id}/ideas", id).with(csrf())
			.param("title", "Anonymous")
			.param("description", "A thing")
			.param("cost", "5")).andExpect(status().is3xxRedirection());
		assertThat(budgeting.projects(id)).isEmpty();

		propose(resident, id, "Street trees", "30");
		propose(resident, id, "Skate park", "500");
		propose(resident, id, "Bus shelter", "20");
		assertThat(budgeting.projects(id)).extracting(BudgetProject::review).containsOnly(ProjectReview.PENDING);
		assertThat(budgeting.ballotProjects(id)).isEmpty();
		mvc.perform(get("/budgeting/{id}", id)).andExpect(content().string(containsString("Waiting for review")));

		// The ideas are the resident's personal data, and forgotten as theirs when the
		// account goes.
		assertThat(personalData.personalData(resident.account()).get("ideas").toString()).contains("Street trees",
				"Skate park", "Bus shelter");
		assertThat(personalData.personalData(facilitator.account()).get("ideas").toString()).isEqualTo("[]");

		long trees = projectId(id, "Street trees");
		long skate = projectId(id, "Skate park");

		// A participant may not review.
		mvc.perform(get("/budgeting/{id}/projects/{p}/review", id, trees).with(user(resident)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, trees).with(user(resident))
			.with(csrf())
			.param("review", "FEASIBLE")
			.param("cost", "35")
			.param("reason", "Mine")).andExpect(status().isForbidden());

		// Validation on the review.
		mvc.perform(get("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Can this project be done?")));
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator))
			.with(csrf())
			.param("review", "MAYBE")
			.param("cost", "0")
			.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select whether the project is feasible")))
			.andExpect(content().string(containsString("Enter the reason for your decision")));
		assertThat(budgeting.project(id, trees).review()).isEqualTo(ProjectReview.PENDING);

		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, trees).with(user(facilitator))
			.with(csrf())
			.param("review", "FEASIBLE")
			.param("cost", "35")
			.param("reason", "The highways team can plant them in autumn"))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		mvc.perform(post("/budgeting/{id}/projects/{p}/review", id, skate).with(user(facilitator))
			.with(csrf())
			.param("review", "NOT_FEASIBLE")
			.param("cost", "500")
			.param("reason", "No council land is free for it"))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.project(id, trees).cost()).isEqualTo(35);

		mvc.perform(get("/budgeting/{id}", id))
			.andExpect(content().string(containsString("The highways team can plant them in autumn")))
			.andExpect(content().string(containsString("No council land is free for it")))
			.andExpect(content().string(containsString("Not feasible")))
			.andExpect(content().string(containsString("<span lang=\"en\">Street trees</span> – £35")));

		mvc.perform(post("/budgeting/{id}/open", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/manage"));
		assertThat(budgeting.find(id).voting()).isTrue();
		assertThat(budgeting.ballotProjects(id)).extracting(BudgetProject::title).containsExactly("Street trees");

		// Ideas close with voting; the ballot offers only the feasible project.
		mvc.perform(post("/budgeting/{id}/ideas", id).with(user(resident))
			.with(csrf())
			.param("title", "Late")
			.param("description", "Late")
			.param("cost", "10"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Project ideas are not being collected now")));
		assertThat(budgeting.projects(id)).hasSize(3);
		mvc.perform(get("/budgeting/{id}", id).with(user(resident)))
			.andExpect(content().string(containsString("<span lang=\"en\">Street trees</span> – £35")))
			.andExpect(content().string(not(containsString("Skate park</span>"))));
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(resident))
			.with(csrf())
			.param("projects", Long.toString(skate)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select only projects from this ballot")));
		mvc.perform(post("/budgeting/{id}/ballot", id).with(user(resident))
			.with(csrf())
			.param("projects", Long.toString(trees))).andExpect(redirectedUrl("/budgeting/" + id));
		mvc.perform(post("/budgeting/{id}/close", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/budgeting/" + id + "/results"));
		mvc.perform(get("/budgeting/{id}/ballots.pb", id))
			.andExpect(content().string(containsString("Street trees")))
			.andExpect(content().string(not(containsString("Skate park"))));
		List<String> selected = budgeting.count(id).selected();
		assertThat(selected).containsExactly(Long.toString(trees));

		budgeting.forget(resident.account());
		assertThat(budgeting.ideasOf(resident.account())).isEmpty();
		assertThat(budgeting.projects(id)).hasSize(3);
	}

}
