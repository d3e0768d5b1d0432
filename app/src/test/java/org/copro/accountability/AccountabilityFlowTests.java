package org.copro.accountability;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.copro.conversations.StatementSubmitted;
import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.TestInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "you said, we did" journey through real tools: a statement submitted in a
 * conversation arrives in the log (after the conversation's transaction commits,
 * asynchronously), a facilitator answers it, and its author sees the answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AccountabilityFlowTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts people;

	@Autowired
	AccountabilityLog accountability;

	@Autowired
	InputItemRepository items;

	@Autowired
	ResponseRepository responses;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnswerNotifier notifier;

	@Test
	void aStatementInAConversationWaitsInTheLogOnceEvenWhenDeliveredAgain() throws Exception {
		SignedInAccount author = people.person("Sam Speaker", Role.PARTICIPANT);
		InputItem item = statementFrom(author, "Keep the library open on Saturdays");
		assertThat(item.tool()).isEqualTo("conversations");
		assertThat(item.reference()).startsWith("statement:");
		assertThat(item.path()).matches("/conversations/\\d+");
		assertThat(item.excerpt()).isEqualTo("Keep the library open on Saturdays");
		assertThat(item.waiting()).isTrue();
		assertThat(item.receivedAt()).isNotNull();

		long conversation = Long.parseLong(item.path().substring("/conversations/".length()));
		long statement = Long.parseLong(item.reference().substring("statement:".length()));
		StatementSubmitted again = new StatementSubmitted(conversation, statement, author.account(),
				"Keep the library open on Saturdays", "en");
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		awaitListenersDone();
		assertThat(accountability.inputOf(author.account())).hasSize(1);
		assertThat(accountability.record(again)).isFalse();
		assertThat(items.findAll()).filteredOn(each -> each.reference().equals(item.reference())).hasSize(1);
	}

	@Test
	void theLogShowsWaitingInputWithoutItsAuthorsEmailOrNameInBothLanguages() throws Exception {
		String email = people.create("Priya Private", Role.PARTICIPANT);
		SignedInAccount author = people.signedIn(email);
		InputItem item = statementFrom(author, "A bench by the bus stop please");
		mvc.perform(get("/you-said-we-did").param("tool", "conversations").param("status", "WAITING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for a response")))
			.andExpect(content().string(containsString("A bench by the bus stop please")))
			.andExpect(content().string(containsString("href=\"" + item.path() + "\"")))
			.andExpect(content().string(containsString("less than a day")))
			.andExpect(content().string(containsString("A participant")))
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("Priya Private"))));
		mvc.perform(get("/you-said-we-did").param("status", "WAITING").locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yn aros am ymateb")))
			.andExpect(content().string(containsString("llai na diwrnod")))
			.andExpect(content().string(not(containsString(email))));
		mvc.perform(get("/you-said-we-did/{id}", item.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("Priya Private"))))
			.andExpect(content().string(not(containsString("Save the response"))));
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		mvc.perform(get("/you-said-we-did/{id}", item.id()).with(user(facilitator)))
			.andExpect(content().string(containsString("Priya Private")))
			.andExpect(content().string(containsString("Save the response")))
			.andExpect(content().string(not(containsString(email))));
		mvc.perform(get("/you-said-we-did").param("status", "nonsense").param("page", "-3")).andExpect(status().isOk());
		mvc.perform(get("/you-said-we-did/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void aParticipantCannotRespondAndNobodySignedOutCan() throws Exception {
		SignedInAccount author = people.person("Sam", Role.PARTICIPANT);
		InputItem item = statementFrom(author, "Longer opening hours");
		SignedInAccount other = people.person("Other Participant", Role.PARTICIPANT);
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(other))
			.with(csrf())
			.param("status", "DONE")
			.param("text", "I did it myself")).andExpect(status().isForbidden());
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(csrf())
			.param("status", "DONE")
			.param("text", "Anonymous answer")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(other))
			.param("status", "DONE")
			.param("text", "No token")).andExpect(status().isForbidden());
		assertThat(accountability.history(item.id())).isEmpty();
		assertThat(accountability.item(item.id()).waiting()).isTrue();
	}

	@Test
	void aFacilitatorAnswersNotPossibleOnlyWithAReasonAndTheAuthorIsTold() throws Exception {
		String email = people.create("Ana Author", Role.PARTICIPANT);
		SignedInAccount author = people.signedIn(email);
		InputItem item = statementFrom(author, "Free swimming for carers");
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);

		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "NOT_POSSIBLE")
			.param("text", "We looked at the budget")
			.param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(
					content().string(containsString("<title>Error: What was said and what was done – CoPro</title>")))
			.andExpect(content().string(containsString("href=\"#reason\"")))
			.andExpect(content().string(containsString("Enter why it is not possible")))
			.andExpect(content().string(containsString("We looked at the budget")));
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("text", " ")
			.locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Dewiswch ble mae pethau’n sefyll")))
			.andExpect(content().string(containsString("Rhowch beth a wnaed")));
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "ALMOST")
			.param("text", "Bad status"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")));
		assertThat(accountability.history(item.id())).isEmpty();
		assertThat(accountability.item(item.id()).waiting()).isTrue();
		assertThat(recorded.stream(InputAnswered.class)).isEmpty();

		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "NOT_POSSIBLE")
			.param("text", "We looked at the leisure budget")
			.param("reason", "The pool is run by a trust that sets its own prices"))
			.andExpect(redirectedUrl("/you-said-we-did/" + item.id()));
		assertThat(accountability.item(item.id()).status()).isEqualTo(ActionStatus.NOT_POSSIBLE);
		assertThat(recorded.stream(InputAnswered.class)).containsExactly(new InputAnswered("conversations",
				item.reference(), ActionStatus.NOT_POSSIBLE, author.account().value()));
		Response saved = accountability.history(item.id()).getFirst();
		assertThat(saved.responderName()).isEqualTo("Fran Facilitator");
		assertThat(saved.reason()).isEqualTo("The pool is run by a trust that sets its own prices");

		mvc.perform(get("/account/my-input").with(user(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your input and what happened to it")))
			.andExpect(content().string(containsString("Free swimming for carers")))
			.andExpect(content().string(containsString("Not possible")))
			.andExpect(content().string(containsString("We looked at the leisure budget")))
			.andExpect(content().string(containsString("The pool is run by a trust that sets its own prices")))
			.andExpect(content().string(containsString("By Fran Facilitator")));
		mvc.perform(get("/account/my-input")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/you-said-we-did").param("status", "NOT_POSSIBLE"))
			.andExpect(content().string(containsString("Free swimming for carers")))
			.andExpect(content().string(containsString("By Fran Facilitator")))
			.andExpect(content().string(not(containsString(email))));

		// The author is told after the answer commits, by the listener on another thread.
		AnswerNotifier.Mail mail = await().atMost(PATIENCE)
			.until(() -> notifier.recent().stream().filter(each -> each.to().equals(email)).findFirst().orElse(null),
					found -> found != null);
		assertThat(mail.subject()).isEqualTo("Your input has been answered: Not possible");
		assertThat(mail.body()).contains("Free swimming for carers", "We looked at the leisure budget",
				"Why not: The pool is run by a trust", "/you-said-we-did/" + item.id(), "/account/my-input");

		// A later answer supersedes it; the history keeps both.
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("text", "The trust has agreed to talk about it")
			.param("reason", "ignored when possible")).andExpect(redirectedUrl("/you-said-we-did/" + item.id()));
		assertThat(accountability.history(item.id())).extracting(Response::status)
			.containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.NOT_POSSIBLE);
		assertThat(accountability.history(item.id()).getFirst().reason()).isNull();
		mvc.perform(get("/you-said-we-did/{id}", item.id()))
			.andExpect(content().string(containsString("The trust has agreed to talk about it")))
			.andExpect(content().string(containsString("We looked at the leisure budget")));
	}

	@Test
	void otherModulesSeeAProjectsInputAndHowManyWait() {
		String scope = "project:test-" + System.nanoTime();
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		for (int i = 0; i < AccountabilityController.PAGE_SIZE + 1; i++) {
			accountability.record(new TestInput("proposals", "proposal:" + scope + ":" + i, null, "Proposal " + i,
					"/proposals/" + i, scope));
		}
		assertThat(accountability.waitingCount(scope)).isEqualTo(AccountabilityController.PAGE_SIZE + 1);
		InputItem first = accountability.item("proposals", "proposal:" + scope + ":0").orElseThrow();
		accountability.respond(first.id(), ActionStatus.DONE, "Built it", null, facilitator.account(), "Fran");
		assertThat(accountability.waitingCount(scope)).isEqualTo(AccountabilityController.PAGE_SIZE);
		List<InputSummary> summaries = accountability.forScope(scope);
		assertThat(summaries).hasSize(AccountabilityController.PAGE_SIZE + 1);
		assertThat(summaries.getFirst().status()).isEqualTo(ActionStatus.DONE);
		assertThat(summaries.getFirst().response()).isEqualTo("Built it");
		assertThat(summaries.get(1).waiting()).isTrue();
		assertThat(accountability.find("proposals", "proposal:" + scope + ":0")).contains(summaries.getFirst());
	}

	@Test
	void theWaitingListPagesThroughKeepingItsFilters() throws Exception {
		String scope = "group:" + System.nanoTime();
		for (int i = 0; i < AccountabilityController.PAGE_SIZE + 2; i++) {
			accountability.record(
					new TestInput("events", "output:" + scope + ":" + i, null, "Idea number " + i, "/events/1", scope));
		}
		mvc.perform(get("/you-said-we-did").param("scope", scope).param("status", "WAITING"))
			.andExpect(content().string(containsString("Waiting for a response (22)")))
			.andExpect(content().string(containsString("Idea number 0<")))
			.andExpect(content().string(not(containsString("Idea number 21<"))))
			.andExpect(content().string(containsString("page=1")))
			.andExpect(content().string(containsString("scope=group")));
		mvc.perform(get("/you-said-we-did").param("scope", scope).param("status", "WAITING").param("page", "1"))
			.andExpect(content().string(containsString("Idea number 21<")))
			.andExpect(content().string(not(containsString("Idea number 0<"))));
	}

	@Test
	void responsesAreMarkedWithTheLanguageTheyAreWrittenIn() throws Exception {
		SignedInAccount author = people.person("Alun Author", Role.PARTICIPANT);
		InputItem item = statementFrom(author, "Nofio am ddim i ofalwyr", "cy");
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		Locale welsh = Locale.forLanguageTag("cy");
		mvc.perform(get("/you-said-we-did/{id}", item.id()).with(user(facilitator)).locale(welsh))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked.*")));
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "PLANNED")
			.param("text", "Prévu")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(accountability.history(item.id())).isEmpty();

		// Welsh written on an English page, then English on a Welsh one.
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.param("status", "NOT_POSSIBLE")
			.param("text", "Edrychwyd ar y gyllideb")
			.param("reason", "Ymddiriedolaeth sy’n rhedeg y pwll")
			.param("language", "cy")).andExpect(redirectedUrl("/you-said-we-did/" + item.id()));
		mvc.perform(get("/you-said-we-did/{id}", item.id()))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("lang=\"cy\">Edrychwyd ar y gyllideb</p>")))
			.andExpect(content()
				.string(containsString("Why not: <span lang=\"cy\">Ymddiriedolaeth sy’n rhedeg y pwll</span>")));
		mvc.perform(get("/you-said-we-did").param("status", "NOT_POSSIBLE"))
			.andExpect(content().string(containsString("<span lang=\"cy\">Edrychwyd ar y gyllideb</span>")))
			.andExpect(content().string(containsString("lang=\"cy\">Nofio am ddim i ofalwyr</a>")))
			.andExpect(content().string(containsString(": “<span lang=\"cy\">Nofio am ddim i ofalwyr</span>”")));
		mvc.perform(post("/you-said-we-did/{id}", item.id()).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("status", "DONE")
			.param("text", "Carers now swim free")
			.param("language", "en")).andExpect(redirectedUrl("/you-said-we-did/" + item.id()));
		mvc.perform(get("/account/my-input").with(user(author)).locale(welsh))
			.andExpect(content().string(containsString("<html lang=\"cy\"")))
			.andExpect(content().string(containsString("lang=\"en\">Carers now swim free</p>")))
			.andExpect(content().string(containsString("lang=\"cy\">Edrychwyd ar y gyllideb</p>")));
		mvc.perform(get("/account/data").with(user(author)))
			.andExpect(jsonPath("$.accountability.input[0].language").value("cy"))
			.andExpect(jsonPath("$.accountability.input[0].responses[0].language").value("en"))
			.andExpect(jsonPath("$.accountability.input[0].responses[1].language").value("cy"));
	}

	@Test
	void aPersonsInputIsInTheirDataAndStaysAsAFormerParticipantsAfterDeletion() throws Exception {
		SignedInAccount author = people.person("Leaving Soon", Role.PARTICIPANT);
		InputItem item = statementFrom(author, "Say it in Welsh too");
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		accountability.respond(item.id(), ActionStatus.PLANNED, "Translation is booked", null, facilitator.account(),
				"Fran Facilitator");

		mvc.perform(get("/account/data").with(user(author)))
			.andExpect(jsonPath("$.accountability.input[0].text").value("Say it in Welsh too"))
			.andExpect(jsonPath("$.accountability.input[0].status").value("PLANNED"))
			.andExpect(jsonPath("$.accountability.input[0].responses[0].text").value("Translation is booked"));
		mvc.perform(get("/account/data").with(user(facilitator)))
			.andExpect(jsonPath("$.accountability.responsesWritten[0].text").value("Translation is booked"));

		// As identity publishes it: inside the deleting transaction, heard by the
		// listener after commit.
		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(author.account())));
		await().atMost(PATIENCE).until(() -> accountability.item(item.id()).author() == null);
		assertThat(accountability.item(item.id()).authorFormer()).isTrue();
		assertThat(accountability.item(item.id()).excerpt()).isEqualTo("Say it in Welsh too");
		mvc.perform(get("/you-said-we-did/{id}", item.id()).with(user(facilitator)))
			.andExpect(content().string(containsString("Former participant")))
			.andExpect(content().string(not(containsString("Leaving Soon"))));

		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(facilitator.account())));
		await().atMost(PATIENCE).until(() -> accountability.history(item.id()).getFirst().responder() == null);
		assertThat(accountability.history(item.id()).getFirst().responderName()).isNull();
		assertThat(accountability.history(item.id()).getFirst().text()).isEqualTo("Translation is booked");
	}

	@Test
	void anAnswerAndTheForgettingOfItsAuthorAtTheSameMomentDoNotOverwriteEachOther() throws Exception {
		SignedInAccount author = people.person("Leaving Now", Role.PARTICIPANT);
		InputItem item = statementFrom(author, "Keep the library open late");
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);

		// The answer has read the input when its author's account is deleted and the
		// author forgotten first, as the listener does when both happen together.
		TransactionTemplate forgetting = new TransactionTemplate(transactions.getTransactionManager());
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(status -> {
			assertThat(items.findById(item.id())).isPresent();
			forgetting.executeWithoutResult(inner -> accountability.forget(author.account()));
			accountability.respond(item.id(), ActionStatus.PLANNED, "Late opening is agreed", null,
					facilitator.account(), "Fran Facilitator");
		});

		InputItem after = accountability.item(item.id());
		assertThat(after.status()).isEqualTo(ActionStatus.PLANNED);
		assertThat(after.author()).isNull();
		assertThat(after.authorFormer()).isTrue();
	}

	@Test
	void theLogIsOfferedOnTheHomePage() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("You said, we did")))
			.andExpect(content().string(containsString("href=\"/you-said-we-did\"")));
	}

	@Test
	void longInputIsCutAtAWordAndLinksStayOnThisSite() {
		String words = "word ".repeat(100);
		String excerpt = InputItem.excerptOf(words);
		assertThat(excerpt).endsWith("…").doesNotContain("wor…");
		assertThat(excerpt.length()).isLessThanOrEqualTo(InputItem.EXCERPT_LENGTH + 1);
		assertThat(InputItem.safePath("https://example.org/")).isEqualTo("/");
		assertThat(InputItem.safePath("//example.org/")).isEqualTo("/");
		assertThat(InputItem.safePath("javascript:alert(1)")).isEqualTo("/");
		assertThat(InputItem.safePath("/proposals/3")).isEqualTo("/proposals/3");
		assertThat(accountability.record(new TestInput("x".repeat(51), "a", null, "Too long a tool", "/", null)))
			.isFalse();
		assertThat(accountability.record(new TestInput("events", " ", null, "No reference", "/", null))).isFalse();
	}

	/**
	 * Submits a statement in a new conversation as a participant, and waits for it to
	 * reach the log.
	 */
	InputItem statementFrom(SignedInAccount author, String text) throws Exception {
		return statementFrom(author, text, "en");
	}

	InputItem statementFrom(SignedInAccount author, String text, String language) throws Exception {
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		MvcResult started = mvc
			.perform(post("/conversations").with(user(facilitator))
				.with(csrf())
				.param("title", "Our library")
				.param("question", "What should the library do next?")
				.param("open", "true")
				.param("_open", "on")
				.param("participantStatements", "true")
				.param("_participantStatements", "on")
				.param("moderation", "VISIBLE_BEFORE_REVIEW")
				.param("seedStatements", "More Welsh books"))
			.andExpect(redirectedUrlPattern("/conversations/*/moderate?started"))
			.andReturn();
		long conversation = Long
			.parseLong(started.getResponse().getRedirectedUrl().replaceAll("^/conversations/(\\d+)/.*$", "$1"));
		mvc.perform(post("/conversations/{id}/statements", conversation).with(user(author))
			.with(csrf())
			.param("text", text)
			.param("language", language)).andExpect(redirectedUrlPattern("/conversations/*"));
		// The log hears of it after the conversation's transaction commits, on another
		// thread.
		return await().atMost(PATIENCE)
			.until(() -> accountability.inputOf(author.account())
				.keySet()
				.stream()
				.filter(each -> each.excerpt().equals(text))
				.findFirst()
				.orElse(null), found -> found != null);
	}

	void awaitListenersDone() {
		await().atMost(PATIENCE)
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
					Long.class) == 0L);
	}

}
