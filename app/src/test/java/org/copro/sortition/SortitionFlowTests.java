package org.copro.sortition;

import org.copro.identity.TestAccounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.copro.engines.cli.CoproCli;
import org.copro.engines.sortition.Algorithm;
import org.copro.engines.sortition.PanelChecks;
import org.copro.engines.sortition.Respondent;
import org.copro.engines.sortition.SelectionProblem;
import org.copro.engines.sortition.SelectionResult;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SortitionFlowTests {

	/** Account ids for volunteers who never sign in: far above any real account's id. */
	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(9_000_000_000L);

	static final String QUOTAS = """
			gender,woman,2,2,51200
			gender,man,2,2,48800
			age,16-44,1,3,45000
			age,45+,1,3,55000
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recruitments recruitments;

	@Autowired
	RecruitmentRepository recruitmentRepository;

	@Autowired
	VolunteerRepository volunteerRepository;

	@Test
	void facilitatorOpensARecruitmentThatEveryoneCanSee() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		String title = "Clean air jury " + UUID.randomUUID();
		LocalDate closes = LocalDate.now().plusDays(14);
		MvcResult result = mvc
			.perform(post("/sortition").with(user(facilitator))
				.with(csrf())
				.param("title", title)
				.param("invitation", "Help decide how to clean the air.\nPaid for your time.")
				.param("panelSize", "4")
				.param("closesDay", Integer.toString(closes.getDayOfMonth()))
				.param("closesMonth", Integer.toString(closes.getMonthValue()))
				.param("closesYear", Integer.toString(closes.getYear()))
				.param("populationSource", "Census 2021")
				.param("quotas", "category,name,min,max,population\n" + QUOTAS))
			.andExpect(redirectedUrlPattern("/sortition/*/manage?opened"))
			.andReturn();
		long id = idFrom(result.getResponse().getRedirectedUrl());
		Recruitment saved = recruitments.find(id);
		assertThat(saved.quotas()).hasSize(4);
		assertThat(saved.quotas().get(2).category()).isEqualTo("age");
		assertThat(saved.quotas().get(2).population()).isEqualTo(45000);
		assertThat(saved.organiser()).isEqualTo(facilitator.account());

		mvc.perform(get("/sortition")).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		mvc.perform(get("/sortition/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paid for your time.")))
			.andExpect(content().string(containsString("51,200")))
			.andExpect(content().string(containsString("Census 2021")));
		mvc.perform(get("/sortition/{id}/manage", id).with(user(facilitator)).param("opened", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The recruitment is open")));
	}

	@Test
	void theTitleAndInvitationAreMarkedWithTheirLanguage() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		Locale welsh = Locale.forLanguageTag("cy");
		String title = "Rheithgor aer glân " + UUID.randomUUID();
		LocalDate closes = LocalDate.now().plusDays(14);
		long before = recruitments.list().size();
		mvc.perform(recruitment(facilitator, title, "xx", closes))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(recruitments.list()).hasSize((int) before);
		long id = idFrom(mvc.perform(recruitment(facilitator, title, "cy", closes))
			.andExpect(redirectedUrlPattern("/sortition/*/manage?opened"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		assertThat(mvc.perform(get("/sortition")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("lang=\"cy\">" + title + "</a>");
		assertThat(mvc.perform(get("/sortition/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">" + title + "</h1>")
			.contains("<p class=\"govuk-body\" lang=\"cy\">Helpwch i benderfynu.</p>");
		assertThat(mvc.perform(get("/sortition/{id}/edit", id).with(user(facilitator)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("the edit form keeps the text's language")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(post("/sortition/{id}/edit", id).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("title", "Clean air jury")
			.param("invitation", "Help decide.")
			.param("language", "en")
			.param("panelSize", "4")
			.param("closesDay", Integer.toString(closes.getDayOfMonth()))
			.param("closesMonth", Integer.toString(closes.getMonthValue()))
			.param("closesYear", Integer.toString(closes.getYear()))
			.param("populationSource", "Census 2021")
			.param("quotas", "category,name,min,max,population\n" + QUOTAS))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(mvc.perform(get("/sortition/{id}", id).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"cy\"")
			.contains("lang=\"en\">Clean air jury</h1>")
			.contains("<p class=\"govuk-body\" lang=\"en\">Help decide.</p>");
	}

	private static MockHttpServletRequestBuilder recruitment(SignedInAccount facilitator, String title, String language,
			LocalDate closes) {
		return post("/sortition").with(user(facilitator))
			.with(csrf())
			.param("title", title)
			.param("invitation", "Helpwch i benderfynu.")
			.param("language", language)
			.param("panelSize", "4")
			.param("closesDay", Integer.toString(closes.getDayOfMonth()))
			.param("closesMonth", Integer.toString(closes.getMonthValue()))
			.param("closesYear", Integer.toString(closes.getYear()))
			.param("populationSource", "Census 2021")
			.param("quotas", "category,name,min,max,population\n" + QUOTAS);
	}

	@Test
	void badQuotasAreReportedByLineAndNothingIsSaved() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long before = recruitmentRepository.count();
		mvc.perform(post("/sortition").with(user(facilitator))
			.with(csrf())
			.param("title", "")
			.param("invitation", "Come along")
			.param("panelSize", "four")
			.param("closesDay", "31")
			.param("closesMonth", "2")
			.param("closesYear", "2030")
			.param("quotas",
					"gender,woman,2,2,51200\ngender,man,two,2,48800\n\nage,old,3,1,100\ngender,woman,1,1,5\nage"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter a name for the jury or panel")))
			.andExpect(content().string(containsString("Enter the panel size as a whole number from 1 to 1,000")))
			.andExpect(content().string(containsString("Enter a real closing date")))
			.andExpect(content().string(containsString("Line 2: the fewest and the most must be whole numbers")))
			.andExpect(content().string(containsString("Line 4: the most (1) must not be less than the fewest (3)")))
			.andExpect(content().string(containsString("Line 5: gender, woman is already on line 1")))
			.andExpect(content().string(containsString("Line 6: enter 5 values separated by commas")))
			.andExpect(content().string(containsString("<title>Error: Open a recruitment – CoPro</title>")))
			.andExpect(content().string(containsString("gender,man,two,2,48800")));
		mvc.perform(post("/sortition").with(user(facilitator))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("title", "Rheithgor")
			.param("invitation", "Dewch")
			.param("panelSize", "4")
			.param("closesDay", "1")
			.param("closesMonth", "1")
			.param("closesYear", "2099")
			.param("quotas", "gender,woman,3,4,1\ngender,man,3,4,1"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("Ar gyfer gender, mae&#39;r lleiaf yn adio i 6, mwy na&#39;r panel o 4")));
		assertThat(recruitmentRepository.count()).as("nothing half-saved").isEqualTo(before);
	}

	@Test
	void onlyTheOrganisersManageDrawAndExport() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.FACILITATOR);
		SignedInAccount otherFacilitator = accounts.person("Other", Role.FACILITATOR);
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		SignedInAccount administrator = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		long id = recruitment(owner.account(), 4);
		fillPool(id, 10);
		recruitments.close(id);

		mvc.perform(get("/sortition/new").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(post("/sortition").with(user(participant)).with(csrf()).param("title", "Mine"))
			.andExpect(status().isForbidden());
		for (SignedInAccount outsider : List.of(participant, otherFacilitator)) {
			mvc.perform(post("/sortition/{id}/draw", id).with(user(outsider))
				.with(csrf())
				.param("seed", "42")
				.param("algorithm", "LEXIMIN")).andExpect(status().isForbidden());
			mvc.perform(get("/sortition/{id}/manage", id).with(user(outsider))).andExpect(status().isForbidden());
			mvc.perform(get("/sortition/{id}/pool.csv", id).with(user(outsider))).andExpect(status().isForbidden());
			mvc.perform(post("/sortition/{id}/close", id).with(user(outsider)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/sortition/{id}/draw", id).with(csrf()).param("seed", "42"))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/sortition/{id}/register", id)).andExpect(redirectedUrl("/sign-in"));
		assertThat(recruitments.find(id).drawn()).isFalse();

		mvc.perform(get("/sortition/{id}/manage", id).with(user(administrator))).andExpect(status().isOk());
		mvc.perform(post("/sortition/{id}/draw", id).with(user(administrator))
			.with(csrf())
			.param("seed", "42")
			.param("algorithm", "LEXIMIN")).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).drawn()).isTrue();
		mvc.perform(get("/sortition/{id}/panel.csv", id).with(user(owner))).andExpect(status().isOk());
	}

	@Test
	void volunteersRegisterAndTheirAccessNeedsStayWithTheOrganisers() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		SignedInAccount volunteer = accounts.person("Val Volunteer", Role.PARTICIPANT);
		SignedInAccount neighbour = accounts.person("Nia Neighbour", Role.PARTICIPANT);
		long id = recruitment(organiser.account(), 4);
		String secret = "Needs a hearing loop " + UUID.randomUUID();

		mvc.perform(get("/sortition/{id}/register", id).with(user(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Val Volunteer\"")));
		mvc.perform(post("/sortition/{id}/register", id).with(user(volunteer))
			.with(csrf())
			.param("name", "Val Volunteer")
			.param("contact", "")
			.param("answers[0]", "woman")
			.param("answers[1]", "not an answer")
			.param("accessNeeds", secret))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter an email address or phone number")))
			.andExpect(content().string(containsString("Select your answer for age")))
			.andExpect(content().string(containsString("Agree to the draw to volunteer")))
			.andExpect(content().string(containsString("Agree to be contacted to volunteer")))
			.andExpect(content().string(containsString("href=\"#answers-1\"")));
		assertThat(recruitments.registration(id, volunteer.account())).as("nothing half-saved").isEmpty();

		mvc.perform(post("/sortition/{id}/register", id).with(user(volunteer))
			.with(csrf())
			.param("name", "Val Volunteer")
			.param("contact", "val@example.org")
			.param("answers[0]", "woman")
			.param("answers[1]", "45+")
			.param("accessNeeds", secret)
			.param("household", "12 CF10 1AA")
			.param("consentSelection", "true")
			.param("consentContact", "true")).andExpect(redirectedUrl("/sortition/" + id));
		Volunteer saved = recruitments.registration(id, volunteer.account()).orElseThrow();
		assertThat(saved.answers()).containsEntry("gender", "woman").containsEntry("age", "45+");
		assertThat(saved.accessNeeds()).isEqualTo(secret);
		mvc.perform(post("/sortition/{id}/register", id).with(user(volunteer))
			.with(csrf())
			.param("name", "Again")
			.param("contact", "val@example.org")
			.param("answers[0]", "man")
			.param("answers[1]", "45+")
			.param("consentSelection", "true")
			.param("consentContact", "true")).andExpect(redirectedUrl("/sortition/" + id));
		assertThat(recruitments.volunteers(id)).hasSize(1);

		mvc.perform(get("/sortition/{id}", id).with(user(volunteer)))
			.andExpect(content().string(containsString("Your number in the pool is 1")))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/sortition/{id}", id).with(user(neighbour)))
			.andExpect(content().string(not(containsString(secret))))
			.andExpect(content().string(not(containsString("Val Volunteer"))));
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(content().string(containsString("Taking volunteers")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(containsString("Val Volunteer")));
		String pool = mvc.perform(get("/sortition/{id}/pool.csv", id).with(user(organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(pool).contains(secret).contains("val@example.org").contains("12 CF10 1AA");

		fillPool(id, 9);
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 7, null);
		for (String path : List.of("/sortition/{id}/result", "/sortition/{id}/pool-anonymised.csv",
				"/sortition/{id}/categories.csv", "/sortition/{id}")) {
			mvc.perform(get(path, id).with(user(neighbour)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(secret))))
				.andExpect(content().string(not(containsString("Val Volunteer"))))
				.andExpect(content().string(not(containsString("val@example.org"))))
				.andExpect(content().string(not(containsString("CF10"))));
		}
	}

	@Test
	void theDrawMeetsEveryQuotaAndReplacementsKeepThem() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = recruitment(organiser.account(), 4);
		fillPool(id, 12);
		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "1")
			.param("algorithm", "LEXIMIN")).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).drawn()).as("no draw while registration is open").isFalse();
		mvc.perform(post("/sortition/{id}/close", id).with(user(organiser)).with(csrf()))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));

		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "three")
			.param("algorithm", "LEXIMIN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the seed as a whole number of up to 18 digits")));
		assertThat(recruitments.find(id).drawn()).isFalse();

		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "3 11 24 35")
			.param("seedSource", "National Lottery, 5 December")
			.param("algorithm", "LEXIMIN")).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		Recruitment drawn = recruitments.find(id);
		assertThat(drawn.seed()).isEqualTo(3112435L);
		assertThat(drawn.algorithm()).isEqualTo(Algorithm.LEXIMIN);
		assertThat(panelViolations(id)).isEmpty();
		assertThat(panel(id)).hasSize(4);
		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "99")
			.param("algorithm", "LEXIMIN")).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).seed()).as("drawn once only").isEqualTo(3112435L);

		mvc.perform(get("/sortition/{id}/result", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3112435")))
			.andExpect(content().string(containsString("National Lottery, 5 December")))
			.andExpect(content().string(containsString("./copro sortition select --categories categories-" + id
					+ ".csv --respondents pool-" + id + ".csv --panel-size 4 --algorithm leximin --seed 3112435")))
			.andExpect(content().string(containsString("the smallest chance was")));
		mvc.perform(get("/sortition/{id}/result", id).locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Canlyniad y tynnu")));

		// Replace every panel member in turn: each time the panel keeps its size and
		// every quota.
		for (Volunteer member : panel(id)) {
			mvc.perform(post("/sortition/{id}/volunteers/{volunteer}/replace", id, member.id()).with(user(organiser))
				.with(csrf())).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
			assertThat(volunteerRepository.findById(member.id()).orElseThrow().status())
				.isEqualTo(VolunteerStatus.DECLINED);
			assertThat(panel(id)).hasSize(4);
			assertThat(panelViolations(id)).isEmpty();
		}
		assertThat(recruitments.find(id).replacements()).isEqualTo(4);
		assertThat(panel(id)).allMatch(member -> member.status() == VolunteerStatus.REPLACEMENT);
		mvc.perform(get("/sortition/{id}/result", id))
			.andExpect(content().string(containsString("When a panel member declined afterwards")));
	}

	@Test
	void theLegacyMethodAlsoMeetsEveryQuotaAndNobodyRegistersAfterClosing() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		SignedInAccount late = accounts.person("Late Volunteer", Role.PARTICIPANT);
		long id = recruitment(organiser.account(), 4);
		fillPool(id, 8);
		recruitments.close(id);
		mvc.perform(post("/sortition/{id}/register", id).with(user(late))
			.with(csrf())
			.param("name", "Late")
			.param("contact", "late@example.org")
			.param("answers[0]", "man")
			.param("answers[1]", "45+")
			.param("consentSelection", "true")
			.param("consentContact", "true")).andExpect(redirectedUrl("/sortition/" + id));
		assertThat(recruitments.registration(id, late.account())).isEmpty();
		mvc.perform(get("/sortition/{id}/register", id).with(user(late))).andExpect(redirectedUrl("/sortition/" + id));

		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "2026")
			.param("algorithm", "LEGACY")).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).algorithm()).isEqualTo(Algorithm.LEGACY);
		assertThat(panelViolations(id)).isEmpty();
		mvc.perform(get("/sortition/{id}/result", id))
			.andExpect(content().string(containsString("--algorithm legacy --seed 2026")))
			.andExpect(content().string(containsString("repeating the draw 10,000 times")));
	}

	@Test
	void everyPageIsInEnglishAndWelshWithNoMissingMessage() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		SignedInAccount volunteer = accounts.person("Volunteer", Role.PARTICIPANT);
		long open = recruitment(organiser.account(), 4);
		long drawn = recruitment(organiser.account(), 4);
		fillPool(drawn, 8);
		recruitments.close(drawn);
		recruitments.drawPanel(drawn, Algorithm.LEXIMIN, 1, "a published number");
		long infeasible = recruitment(organiser.account(), 4);
		fillPool(infeasible, 3);
		recruitments.close(infeasible);
		List<String> pages = List.of("/sortition", "/sortition/new", "/sortition/" + open,
				"/sortition/" + open + "/register", "/sortition/" + open + "/manage", "/sortition/" + drawn,
				"/sortition/" + drawn + "/manage", "/sortition/" + drawn + "/result",
				"/sortition/" + infeasible + "/manage");
		for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
			for (String path : pages) {
				SignedInAccount who = path.endsWith("/register") ? volunteer : organiser;
				mvc.perform(get(path).with(user(who)).locale(language))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("lang=\"" + language.getLanguage() + "\"")))
					.andExpect(content().string(not(containsString("??"))));
			}
		}
	}

	@Test
	void aReplacementThatWouldBreakAQuotaIsRefused() {
		AccountId organiser = nextAccount();
		long id = recruitments.open("Small panel", "Two seats", 2, LocalDate.now().plusDays(1), null,
				List.of(new QuotaTarget("gender", "woman", 1, 1, 50), new QuotaTarget("gender", "man", 1, 1, 50)),
				organiser);
		register(id, "woman", "16-44");
		register(id, "woman", "45+");
		register(id, "man", "45+");
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 5, null);
		Volunteer man = panel(id).stream().filter(v -> v.answer("gender").equals("man")).findFirst().orElseThrow();
		assertThat(recruitments.replace(id, man.id())).isEmpty();
		assertThat(volunteerRepository.findById(man.id()).orElseThrow().status()).isEqualTo(VolunteerStatus.SELECTED);
		Volunteer woman = panel(id).stream().filter(v -> v.answer("gender").equals("woman")).findFirst().orElseThrow();
		Volunteer replacement = recruitments.replace(id, woman.id()).orElseThrow();
		assertThat(replacement.answer("gender")).isEqualTo("woman");
		assertThat(panelViolations(id)).isEmpty();
	}

	@Test
	void anyoneCanRepeatTheDrawWithTheCommandOnTheResultPage(@TempDir Path folder) throws Exception {
		AccountId organiser = nextAccount();
		long id = recruitment(organiser, 4);
		fillPool(id, 14);
		// Two volunteers share a household, so the re-run must apply the same rule.
		recruitments.register(id, nextAccount(), "Sam", "sam@example.org", null, "5 High Street",
				Map.of("gender", "man", "age", "16-44"));
		recruitments.register(id, nextAccount(), "Alex", "alex@example.org", null, "5 HIGH STREET",
				Map.of("gender", "woman", "age", "16-44"));
		recruitments.close(id);
		SelectionResult drawn = recruitments.drawPanel(id, Algorithm.LEXIMIN, 20261205L, "published").orElseThrow();

		String page = mvc.perform(get("/sortition/{id}/result", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher command = Pattern.compile("\\./copro (sortition select [^<]+)").matcher(page);
		assertThat(command.find()).as("the result page shows the command").isTrue();
		for (String file : List.of("categories", "pool")) {
			String path = file.equals("pool") ? "/sortition/{id}/pool-anonymised.csv"
					: "/sortition/{id}/categories.csv";
			String csv = mvc.perform(get(path, id))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Files.writeString(folder.resolve(file + "-" + id + ".csv"), csv);
		}
		assertThat(Files.readString(folder.resolve("pool-" + id + ".csv")).lines().filter(line -> line.endsWith(",1,")))
			.as("the shared household, as an anonymous number")
			.hasSize(2);
		List<String> arguments = new ArrayList<>();
		for (String argument : command.group(1).strip().split(" ")) {
			arguments.add(argument.endsWith(".csv") ? folder.resolve(argument).toString() : argument);
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = CoproCli.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
		assertThat(exit).as(err.toString()).isZero();
		JsonNode rerun = JsonMapper.builder().build().readTree(out.toString());
		List<String> panel = new ArrayList<>();
		rerun.get("panel").forEach(member -> panel.add(member.asString()));
		assertThat(panel).isEqualTo(drawn.panel());
		assertThat(rerun.get("minProbability").asDouble()).isCloseTo(drawn.minProbability(), Offset.offset(1e-6));
		assertThat(recruitments.result(id).firstDraw().stream().map(String::valueOf).sorted().toList())
			.isEqualTo(drawn.panel().stream().sorted().toList());
		assertThat(page)
			.contains(String.join(", ", recruitments.result(id).firstDraw().stream().map(String::valueOf).toList()));
	}

	@Test
	void infeasibleQuotasAreExplainedInPlainWords() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = recruitment(organiser.account(), 4);
		register(id, "woman", "16-44");
		for (int i = 0; i < 5; i++) {
			register(id, "man", i % 2 == 0 ? "16-44" : "45+");
		}
		recruitments.close(id);
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No panel of 4 from these 6 volunteers meets every target")))
			.andExpect(content().string(containsString("Lower the fewest for gender, woman from 2 to 1")))
			.andExpect(content().string(containsString("Raise the most for gender, man from 2 to 3")));
		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "9")
			.param("algorithm", "LEXIMIN"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The panel cannot be drawn")));
		assertThat(recruitments.find(id).drawn()).isFalse();
	}

	@Test
	void myDataIncludesMyRegistrations() throws Exception {
		String email = accounts.create("Data Volunteer", Role.PARTICIPANT);
		SignedInAccount me = accounts.signedIn(email);
		long id = recruitment(nextAccount(), 4);
		recruitments.register(id, me.account(), "Data Volunteer", "07700 900123", "Wheelchair user", null,
				Map.of("gender", "woman", "age", "45+"));
		mvc.perform(get("/account/data").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sortition.registrations[0].accessNeeds").value("Wheelchair user"))
			.andExpect(jsonPath("$.sortition.registrations[0].contact").value("07700 900123"))
			.andExpect(jsonPath("$.sortition.registrations[0].answers.gender").value("woman"));
	}

	@Test
	void deletingAnAccountForgetsTheVolunteer() throws Exception {
		String email = accounts.create("Leaving Volunteer", Role.PARTICIPANT);
		SignedInAccount me = accounts.signedIn(email);
		long undrawn = recruitment(nextAccount(), 4);
		long drawn = recruitment(nextAccount(), 4);
		recruitments.register(undrawn, me.account(), "Leaving Volunteer", "leave@example.org", "Quiet room", "1 Lane",
				Map.of("gender", "woman", "age", "45+"));
		recruitments.register(drawn, me.account(), "Leaving Volunteer", "leave@example.org", "Quiet room", "1 Lane",
				Map.of("gender", "woman", "age", "45+"));
		fillPool(drawn, 10);
		recruitments.close(drawn);
		recruitments.drawPanel(drawn, Algorithm.LEXIMIN, 11, null);
		long kept = recruitments.registration(drawn, me.account()).orElseThrow().id();

		mvc.perform(post("/account/delete").with(user(me)).with(csrf()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/?accountDeleted"));
		long deadline = System.currentTimeMillis() + 10_000;
		while (volunteerRepository.findById(kept).map(v -> !v.anonymised()).orElse(true)
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Volunteer anonymised = volunteerRepository.findById(kept).orElseThrow();
		assertThat(anonymised.anonymised()).isTrue();
		assertThat(anonymised.name()).isNull();
		assertThat(anonymised.contact()).isNull();
		assertThat(anonymised.accessNeeds()).isNull();
		assertThat(anonymised.household()).isNull();
		assertThat(anonymised.account()).isNull();
		assertThat(anonymised.answers()).containsEntry("gender", "woman");
		assertThat(recruitments.volunteers(undrawn)).isEmpty();
	}

	private long recruitment(AccountId organiser, int panelSize) {
		return recruitments.open("Jury " + UUID.randomUUID(), "Join us", panelSize, LocalDate.now().plusDays(7),
				"Census 2021", QuotaTable.parse(QUOTAS, panelSize).quotas(), organiser);
	}

	/** Adds volunteers with every mix of answers, in turn. */
	private void fillPool(long id, int count) {
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < count; i++) {
			register(id, mixes[i % mixes.length][0], mixes[i % mixes.length][1]);
		}
	}

	private void register(long id, String gender, String age) {
		assertThat(recruitments.register(id, nextAccount(), "Volunteer", "volunteer@example.org", "Needs " + age, null,
				Map.of("gender", gender, "age", age)))
			.isTrue();
	}

	private static AccountId nextAccount() {
		return new AccountId(NEXT_ACCOUNT.incrementAndGet());
	}

	private List<Volunteer> panel(long id) {
		return recruitments.volunteers(id).stream().filter(v -> v.status().onPanel()).toList();
	}

	private List<String> panelViolations(long id) {
		Recruitment recruitment = recruitments.find(id);
		List<Volunteer> pool = recruitments.volunteers(id);
		List<Respondent> respondents = new ArrayList<>();
		for (Volunteer volunteer : pool) {
			respondents.add(new Respondent(volunteer.publicId(), volunteer.answers(), null));
		}
		SelectionProblem problem = new SelectionProblem(PanelLottery.quotas(recruitment), respondents,
				recruitment.panelSize());
		return PanelChecks.violations(problem, panel(id).stream().map(Volunteer::publicId).toList());
	}

	private static long idFrom(String url) {
		return Long.parseLong(url.replaceAll("^/sortition/(\\d+)/.*$", "$1"));
	}

}
