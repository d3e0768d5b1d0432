package org.copro.decisions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.engines.voting.Outcome;
import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DecisionsFlowTests {

	private static final AtomicLong NEXT_VOTER = new AtomicLong(7_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionsPersonalData personalData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DecisionRepository decisionRepository;

	@Autowired
	ApplicationEvents published;

	@Test
	void eachTextIsMarkedWithTheLanguageItIsWrittenIn() throws Exception {
		SignedInAccount facilitator = accounts.person("Ffion", Role.FACILITATOR);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		assertThat(page(get("/decisions/new").with(user(facilitator)).locale(welsh)))
			.as("the form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		mvc.perform(start(facilitator, "PROPOSAL", "Cau'r neuadd").param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		long id = started(start(facilitator, "PROPOSAL", "Cau'r neuadd").param("language", "cy"));
		assertThat(page(get("/decisions/{id}", id))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Cau&#39;r neuadd</h1>")
			.contains("<p class=\"govuk-body\" lang=\"cy\">Details of Cau&#39;r neuadd.</p>");
		assertThat(page(get("/decisions"))).contains("lang=\"cy\">Cau&#39;r neuadd</a>");

		mvc.perform(post("/decisions/{id}/close", id).with(user(facilitator)).with(csrf()));
		mvc.perform(post("/decisions/{id}/outcome", id).with(user(facilitator))
			.with(csrf())
			.param("statement", "Closed.")
			.param("language", "")
			.param("reviewOn", LocalDate.now().plusMonths(6).toString())).andExpect(status().isBadRequest());
		mvc.perform(post("/decisions/{id}/outcome", id).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("statement", "The hall closes on Sundays.")
			.param("language", "en")
			.param("reviewOn", LocalDate.now().plusMonths(6).toString()))
			.andExpect(redirectedUrl("/decisions/" + id + "/outcome"));
		assertThat(page(get("/decisions/{id}/outcome", id).locale(welsh))).contains("<html lang=\"cy\"")
			.contains("lang=\"cy\">Cau&#39;r neuadd</h1>")
			.contains("<p class=\"govuk-body\" lang=\"en\">The hall closes on Sundays.</p>");
	}

	@Test
	void reasonsObjectionsAndResponsesAreMarkedWithTheirLanguage() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran", Role.FACILITATOR);
		SignedInAccount objector = accounts.person("Olu", Role.PARTICIPANT);
		SignedInAccount voter = accounts.person("Gwen", Role.PARTICIPANT);
		java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
		long id = started(start(facilitator, "CONSENT", "Open on Sundays " + UUID.randomUUID()));
		assertThat(page(get("/decisions/{id}", id).with(user(voter)).locale(welsh)))
			.as("the vote form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");

		long before = decisions.voteCount(id);
		mvc.perform(vote(id, voter, "CONSENT", "Bonjour").param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(decisions.voteCount(id)).isEqualTo(before);

		// English written on a Welsh page, and Welsh on an English one.
		mvc.perform(
				vote(id, objector, "OBJECT", "The bus does not run on Sundays").locale(welsh).param("language", "en"))
			.andExpect(redirectedUrl("/decisions/" + id));
		mvc.perform(vote(id, voter, "CONSENT", "Syniad da").param("language", "cy"))
			.andExpect(redirectedUrl("/decisions/" + id));
		long objection = decisions.result(id).objections().getFirst().id();
		mvc.perform(post("/decisions/{id}/objections/{o}/address", id, objection).with(user(facilitator))
			.with(csrf())
			.param("response", "Bydd bws")
			.param("language", "xx"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#response-" + objection + "-language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(decisions.result(id).openObjections()).isEqualTo(1);
		mvc.perform(post("/decisions/{id}/objections/{o}/address", id, objection).with(user(facilitator))
			.with(csrf())
			.param("response", "Bydd bws yn rhedeg ar y Sul")
			.param("language", "cy")).andExpect(redirectedUrl("/decisions/" + id + "#objections"));

		assertThat(page(get("/decisions/{id}", id).locale(welsh))).contains("<html lang=\"cy\"")
			.contains("<p class=\"govuk-body\" lang=\"en\">The bus does not run on Sundays</p>")
			.contains("<p class=\"govuk-body\" lang=\"cy\">Bydd bws yn rhedeg ar y Sul</p>")
			.contains("<td class=\"govuk-table__cell\" lang=\"en\">The bus does not run on Sundays</td>")
			.contains("<td class=\"govuk-table__cell\" lang=\"cy\">Syniad da</td>");
		assertThat(page(get("/decisions/{id}", id).with(user(objector)))).as("the objector's own addressed objection")
			.contains("<p class=\"govuk-body\" lang=\"cy\">Bydd bws yn rhedeg ar y Sul</p>");
		assertThat(personalData.personalData(objector.account()).toString())
			.contains("reason=The bus does not run on Sundays, reasonLanguage=en")
			.contains("objection=The bus does not run on Sundays, language=en");
		assertThat(personalData.personalData(voter.account()).toString())
			.contains("reason=Syniad da, reasonLanguage=cy");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static String inTwoDays() {
		return LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	MockHttpServletRequestBuilder start(SignedInAccount facilitator, String kind, String title) {
		return post("/decisions").with(user(facilitator))
			.with(csrf())
			.param("kind", kind)
			.param("title", title)
			.param("details", "Details of " + title + ".\n\nSecond paragraph.")
			.param("closesAt", inTwoDays())
			.param("reasonRule", "OPTIONAL");
	}

	long started(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(redirectedUrlPattern("/decisions/*?started")).andReturn();
		return Long
			.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^/decisions/(\\d+)\\?started$", "$1"));
	}

	MockHttpServletRequestBuilder vote(long id, SignedInAccount voter, String position, String reason) {
		return post("/decisions/{id}/vote", id).with(user(voter))
			.with(csrf())
			.param("position", position)
			.param("reason", reason);
	}

	static AccountId someone() {
		return new AccountId(NEXT_VOTER.incrementAndGet());
	}

	@Test
	void theFormRefusesBadInputWithMessagesAndSavesNothing() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long before = decisions.list().size();
		mvc.perform(post("/decisions").with(user(facilitator))
			.with(csrf())
			.param("kind", "APPROVAL")
			.param("title", "")
			.param("details", "")
			.param("options", "Only one")
			.param("closesAt", "yesterday")
			.param("quorum", "lots")
			.param("minChoices", "3")
			.param("maxChoices", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Enter the details")))
			.andExpect(content().string(containsString("Enter at least 2 options, one on each line")))
			.andExpect(content().string(containsString("Enter the closing date and time")))
			.andExpect(content().string(containsString("Enter the quorum as a whole number from 0 to 100,000")))
			.andExpect(content().string(containsString("The most choices must not be fewer than the fewest")));
		mvc.perform(post("/decisions").with(user(facilitator))
			.with(csrf())
			.param("kind", "PROPOSAL")
			.param("title", "Past")
			.param("details", "Too late")
			.param("closesAt", "2020-01-01T10:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The closing date and time must be in the future")));
		mvc.perform(start(facilitator, "SOMETHING", "Odd"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select how the group will decide")));
		assertThat(decisions.list()).hasSize((int) before);
	}

	@Test
	void participantsCannotStartDecisions() throws Exception {
		SignedInAccount participant = accounts.person("Pat Participant", Role.PARTICIPANT);
		mvc.perform(get("/decisions/new").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(start(participant, "PROPOSAL", "Not allowed")).andExpect(status().isForbidden());
		mvc.perform(get("/decisions"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Start a decision"))));
	}

	@Test
	void votingTwiceChangesTheVoteAndABlockStopsTheProposal() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Vera Voter", Role.PARTICIPANT);
		long id = started(start(facilitator, "PROPOSAL", "Thursday meetings " + UUID.randomUUID()));

		mvc.perform(vote(id, voter, "AGREE", "Suits me")).andExpect(redirectedUrl("/decisions/" + id));
		mvc.perform(vote(id, voter, "DISAGREE", "On second thoughts, no")).andExpect(redirectedUrl("/decisions/" + id));
		assertThat(decisions.votes(id)).singleElement().satisfies(v -> {
			assertThat(v.position()).isEqualTo("DISAGREE");
			assertThat(v.reason()).isEqualTo("On second thoughts, no");
		});
		mvc.perform(get("/decisions/{id}", id).with(user(voter)))
			.andExpect(content().string(containsString("Vera Voter")))
			.andExpect(content().string(containsString("On second thoughts, no")))
			.andExpect(content().string(containsString("Change my vote")));

		mvc.perform(vote(id, voter, "BLOCK", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter why you block the proposal")));
		mvc.perform(vote(id, voter, "MAYBE", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select agree, abstain, disagree or block")));
		for (int i = 0; i < 3; i++) {
			decisions.castVote(id, someone(), new Ballot("AGREE", Map.of(), null));
		}
		assertThat(decisions.result(id).outcome()).isEqualTo(Outcome.PASSED);
		mvc.perform(vote(id, voter, "BLOCK", "It would shut out people who work late"))
			.andExpect(redirectedUrl("/decisions/" + id));
		assertThat(decisions.result(id).outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void aConsentDecisionGoesFromObjectionToAddressedToAPublishedOutcome() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount objector = accounts.person("Olu Objector", Role.PARTICIPANT);
		SignedInAccount other = accounts.person("Other Facilitator", Role.FACILITATOR);
		long id = started(start(facilitator, "CONSENT", "Close the hall on Sundays " + UUID.randomUUID()).param("scope",
				"group:7"));

		mvc.perform(vote(id, objector, "OBJECT", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your objection: what harm the proposal would do")));
		mvc.perform(vote(id, objector, "OBJECT", "The Sunday club has nowhere else to go"))
			.andExpect(redirectedUrl("/decisions/" + id));
		decisions.castVote(id, someone(), new Ballot("CONSENT", Map.of(), null));
		DecisionResult result = decisions.result(id);
		assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(result.openObjections()).isEqualTo(1);
		long objection = result.objections().getFirst().id();

		mvc.perform(post("/decisions/{id}/objections/{o}/address", id, objection).with(user(other))
			.with(csrf())
			.param("response", "Nope")).andExpect(status().isForbidden());
		mvc.perform(post("/decisions/{id}/objections/{o}/address", id, objection).with(user(facilitator))
			.with(csrf())
			.param("response", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter how the objection was addressed")));
		mvc.perform(post("/decisions/{id}/amend", id).with(user(facilitator))
			.with(csrf())
			.param("title", "Close the hall on Sundays except for the club")
			.param("details", "The club keeps its room.")).andExpect(redirectedUrl("/decisions/" + id));
		mvc.perform(post("/decisions/{id}/objections/{o}/address", id, objection).with(user(facilitator))
			.with(csrf())
			.param("response", "The club keeps its room on Sundays"))
			.andExpect(redirectedUrl("/decisions/" + id + "#objections"));
		mvc.perform(get("/decisions/{id}", id).with(user(objector)))
			.andExpect(content().string(containsString("The proposer has addressed your objection")));
		assertThat(decisions.result(id).outcome()).isEqualTo(Outcome.PASSED);
		mvc.perform(vote(id, objector, "CONSENT", "Thank you")).andExpect(redirectedUrl("/decisions/" + id));

		mvc.perform(get("/decisions/{id}/outcome", id)).andExpect(status().isNotFound());
		mvc.perform(post("/decisions/{id}/close", id).with(user(objector)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/decisions/{id}/close", id).with(user(facilitator)).with(csrf()))
			.andExpect(redirectedUrl("/decisions/" + id + "/outcome/new"));
		mvc.perform(vote(id, objector, "OBJECT", "Too late"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Voting on this decision has closed")));
		mvc.perform(get("/decisions/{id}/outcome/new", id).with(user(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The count says: Passed.")));
		mvc.perform(post("/decisions/{id}/outcome", id).with(user(facilitator))
			.with(csrf())
			.param("statement", "")
			.param("reviewOn", "2001-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the outcome statement")))
			.andExpect(content().string(containsString("The review date must be in the future")));
		mvc.perform(post("/decisions/{id}/outcome", id).with(user(facilitator))
			.with(csrf())
			.param("statement", "The hall closes on Sundays from January; the club keeps its room.")
			.param("reviewOn", LocalDate.now().plusMonths(6).toString()))
			.andExpect(redirectedUrl("/decisions/" + id + "/outcome"));
		mvc.perform(get("/decisions/{id}/outcome", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The hall closes on Sundays from January")))
			.andExpect(content().string(containsString("The Sunday club has nowhere else to go")))
			.andExpect(content().string(containsString("The club keeps its room on Sundays")))
			.andExpect(content().string(containsString("Addressed")));
		assertThat(published.stream(DecisionClosed.class)).singleElement().satisfies(event -> {
			assertThat(event.tool()).isEqualTo("decisions");
			assertThat(event.reference()).isEqualTo("decision:" + id);
			assertThat(event.excerpt()).startsWith("Close the hall on Sundays except for the club: The hall closes");
			assertThat(event.path()).isEqualTo("/decisions/" + id + "/outcome");
			assertThat(event.scope()).isEqualTo("group:7");
		});
		mvc.perform(post("/decisions/{id}/outcome", id).with(user(facilitator))
			.with(csrf())
			.param("statement", "Again")
			.param("reviewOn", LocalDate.now().plusMonths(6).toString())).andExpect(redirectedUrl("/decisions/" + id));
		assertThat(published.stream(DecisionClosed.class)).hasSize(1);
	}

	@Test
	void anonymousVotingNeverShowsNames() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Secret Sam", Role.PARTICIPANT);
		long id = started(start(facilitator, "CONSENT", "Anonymous " + UUID.randomUUID()).param("anonymous", "true"));
		mvc.perform(vote(id, voter, "OBJECT", "A quiet worry about the rota"))
			.andExpect(redirectedUrl("/decisions/" + id));
		mvc.perform(get("/decisions/{id}", id).with(user(facilitator)))
			.andExpect(content().string(containsString("Voting is anonymous: only the counts are shown.")))
			.andExpect(content().string(not(containsString("Secret Sam"))));
		mvc.perform(post("/decisions/{id}/close", id).with(user(facilitator)).with(csrf()));
		decisions.recordOutcome(id, "Not carried.", "en", LocalDate.now().plusMonths(1));
		mvc.perform(get("/decisions/{id}/outcome", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Blocked by an objection")))
			.andExpect(content().string(not(containsString("Secret Sam"))));
	}

	@Test
	void hiddenResultsAppearOnlyOnceClosedAndTheQuorumIsReported() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Hidden Hal", Role.PARTICIPANT);
		long id = started(start(facilitator, "PROPOSAL", "Hidden " + UUID.randomUUID()).param("resultsHidden", "true")
			.param("quorum", "3"));
		mvc.perform(vote(id, voter, "AGREE", "")).andExpect(redirectedUrl("/decisions/" + id));
		decisions.castVote(id, someone(), new Ballot("AGREE", Map.of(), null));
		mvc.perform(get("/decisions/{id}", id).with(user(voter)))
			.andExpect(
					content().string(containsString("Results are hidden until the decision closes. Votes so far: 2.")))
			.andExpect(content().string(not(containsString("Results in figures"))))
			.andExpect(content().string(not(containsString("Hidden Hal"))));
		mvc.perform(post("/decisions/{id}/close", id).with(user(facilitator)).with(csrf()));
		mvc.perform(get("/decisions/{id}", id))
			.andExpect(content().string(containsString("Results in figures")))
			.andExpect(content().string(containsString("Not met: 2 votes, 3 needed")))
			.andExpect(content().string(containsString("Quorum not met")))
			.andExpect(content().string(containsString("Hidden Hal")));
	}

	@Test
	void rankedChoiceIsCountedByInstantRunoffAndBySingleTransferableVote() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Rita Ranker", Role.PARTICIPANT);
		String cities = "Memphis\nNashville\nChattanooga\nKnoxville";
		long irv = started(start(facilitator, "RANKED_CHOICE", "Capital " + UUID.randomUUID()).param("options", cities)
			.param("method", "IRV"));
		mvc.perform(post("/decisions/{id}/vote", irv).with(user(voter))
			.with(csrf())
			.param("option-0", "1")
			.param("option-1", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give each option you rank a different number from 1 to 4")));
		mvc.perform(post("/decisions/{id}/vote", irv).with(user(voter)).with(csrf()).param("option-0", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter whole numbers only")));
		// The Tennessee capital example: 42 Memphis, 26 Nashville, 15 Chattanooga, 17
		// Knoxville first.
		castRanked(irv, 41, 0, 1, 2, 3);
		castRanked(irv, 26, 1, 2, 3, 0);
		castRanked(irv, 15, 2, 3, 1, 0);
		castRanked(irv, 17, 3, 2, 1, 0);
		mvc.perform(post("/decisions/{id}/vote", irv).with(user(voter))
			.with(csrf())
			.param("option-0", "1")
			.param("option-1", "2")
			.param("option-2", "3")
			.param("option-3", "4")).andExpect(redirectedUrl("/decisions/" + irv));
		DecisionResult result = decisions.result(irv);
		assertThat(result.winners()).containsExactly("Knoxville");
		assertThat(result.rounds()).hasSize(3);
		mvc.perform(get("/decisions/{id}", irv))
			.andExpect(content().string(containsString("Rounds of the count")))
			.andExpect(content().string(containsString("Dropped out: Chattanooga.")));

		long stv = started(start(facilitator, "RANKED_CHOICE", "Committee " + UUID.randomUUID())
			.param("options", "Ann\nBob\nCai\nDee")
			.param("method", "STV")
			.param("seats", "2"));
		castRanked(stv, 6, 0, 1);
		castRanked(stv, 1, 1);
		castRanked(stv, 2, 2);
		castRanked(stv, 3, 3, 2);
		// 12 ballots, 2 seats: quota 5. Ann elected with surplus 1 to Bob (2 in all); Bob
		// then drops out
		// (fewest), and Cai (2) trails Dee (3) until Bob's votes go nowhere; Dee is
		// elected.
		assertThat(decisions.result(stv).winners()).containsExactly("Ann", "Dee");
		mvc.perform(start(facilitator, "RANKED_CHOICE", "Too many seats").param("options", "A\nB")
			.param("method", "STV")
			.param("seats", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There must be fewer places than options")));
	}

	void castRanked(long id, int copies, int... order) {
		for (int c = 0; c < copies; c++) {
			Map<Integer, Integer> ranks = new java.util.HashMap<>();
			for (int r = 0; r < order.length; r++) {
				ranks.put(order[r], r + 1);
			}
			assertThat(decisions.castVote(id, someone(), new Ballot(null, ranks, null))).isEmpty();
		}
	}

	@Test
	void pollsTakeApprovalScoreDotsAndTimes() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Polly Poller", Role.PARTICIPANT);
		long approval = started(
				start(facilitator, "APPROVAL", "Park " + UUID.randomUUID()).param("options", "Benches\nSwings\nPond")
					.param("minChoices", "1")
					.param("maxChoices", "2"));
		mvc.perform(post("/decisions/{id}/vote", approval).with(user(voter))
			.with(csrf())
			.param("approve", "0")
			.param("approve", "1")
			.param("approve", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select no more than 2 options (you selected 3)")));
		mvc.perform(post("/decisions/{id}/vote", approval).with(user(voter))
			.with(csrf())
			.param("approve", "1")
			.param("approve", "2")).andExpect(redirectedUrl("/decisions/" + approval));
		decisions.castVote(approval, someone(), new Ballot(null, Map.of(2, 1), null));
		assertThat(decisions.result(approval).winners()).containsExactly("Pond");

		long score = started(
				start(facilitator, "SCORE", "Score " + UUID.randomUUID()).param("options", "Benches\nSwings")
					.param("scoreMin", "0")
					.param("scoreMax", "5"));
		mvc.perform(post("/decisions/{id}/vote", score).with(user(voter)).with(csrf()).param("option-0", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Scores run from 0 to 5")));
		mvc.perform(post("/decisions/{id}/vote", score).with(user(voter))
			.with(csrf())
			.param("option-0", "2")
			.param("option-1", "5")).andExpect(redirectedUrl("/decisions/" + score));
		assertThat(decisions.result(score).winners()).containsExactly("Swings");
		mvc.perform(get("/decisions/{id}", score)).andExpect(content().string(containsString("5 (average 5.0)")));

		long dots = started(
				start(facilitator, "DOT_VOTE", "Dots " + UUID.randomUUID()).param("options", "Benches\nSwings")
					.param("dots", "3"));
		mvc.perform(post("/decisions/{id}/vote", dots).with(user(voter))
			.with(csrf())
			.param("option-0", "2")
			.param("option-1", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("You have 3 dots to place (you placed 4)")));
		mvc.perform(post("/decisions/{id}/vote", dots).with(user(voter)).with(csrf()).param("option-0", "3"))
			.andExpect(redirectedUrl("/decisions/" + dots));
		assertThat(decisions.result(dots).winners()).containsExactly("Benches");

		long times = started(start(facilitator, "MEETING_TIME", "When " + UUID.randomUUID()).param("options",
				"Monday 6pm\nTuesday 6pm"));
		mvc.perform(post("/decisions/{id}/vote", times).with(user(voter)).with(csrf()).param("option-0", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Answer for every time")));
		mvc.perform(post("/decisions/{id}/vote", times).with(user(voter))
			.with(csrf())
			.param("option-0", "1")
			.param("option-1", "2")).andExpect(redirectedUrl("/decisions/" + times));
		assertThat(decisions.result(times).winners()).containsExactly("Tuesday 6pm");

		long sense = started(start(facilitator, "SENSE_CHECK", "Sense " + UUID.randomUUID()));
		mvc.perform(vote(sense, voter, "NOT_SURE", "")).andExpect(redirectedUrl("/decisions/" + sense));
		mvc.perform(get("/decisions/{id}", sense)).andExpect(content().string(containsString("Not sure")));
	}

	@Test
	void aPrivateProjectsDecisionRemindsOnlyTheProjectsMembers() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		String memberEmail = accounts.create("Mel Member", Role.PARTICIPANT);
		SignedInAccount member = accounts.signedIn(memberEmail);
		SignedInAccount outsider = accounts.person("Olly Outsider", Role.PARTICIPANT);
		MvcResult created = mvc
			.perform(post("/projects").with(user(facilitator))
				.with(csrf())
				.param("title", "Private " + UUID.randomUUID())
				.param("purpose", "Only for its members.")
				.param("startDate", "2027-01-01")
				.param("endDate", "2027-12-31")
				.param("phase", "PLANNING")
				.param("visibility", "PRIVATE")
				.param("role", "PRACTITIONER"))
			.andExpect(redirectedUrlPattern("/projects/*?created"))
			.andReturn();
		String project = created.getResponse().getRedirectedUrl().replaceAll("^/projects/(\\d+).*$", "$1");
		mvc.perform(post("/projects/{id}/members", project).with(user(facilitator))
			.with(csrf())
			.param("email", memberEmail)
			.param("role", "COMMUNITY_MEMBER"));
		long id = started(start(facilitator, "PROPOSAL", "Private due " + UUID.randomUUID()).param("scope",
				"project:" + project));

		Map<Long, List<AccountId>> reminded = decisions
			.remind(decisions.find(id).closesAt().minus(Duration.ofHours(1)));
		assertThat(reminded.get(id)).contains(member.account(), facilitator.account())
			.doesNotContain(outsider.account());
	}

	@Test
	void decisionsCloseAtTheirTimeAndThoseWhoHaveNotVotedAreRemindedOnce() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Early Ed", Role.PARTICIPANT);
		SignedInAccount late = accounts.person("Late Lou", Role.PARTICIPANT);
		long id = started(start(facilitator, "PROPOSAL", "Due " + UUID.randomUUID()));
		mvc.perform(vote(id, voter, "AGREE", "")).andExpect(redirectedUrl("/decisions/" + id));
		Instant closesAt = decisions.find(id).closesAt();

		assertThat(decisions.remind(closesAt.minus(Duration.ofHours(30)))).doesNotContainKey(id);
		Map<Long, List<AccountId>> reminded = decisions.remind(closesAt.minus(Duration.ofHours(1)));
		assertThat(reminded.get(id)).contains(late.account()).doesNotContain(voter.account());
		assertThat(decisions.remind(closesAt.minus(Duration.ofMinutes(30)))).doesNotContainKey(id);

		assertThat(decisions.closeDue(closesAt.minusSeconds(60))).doesNotContain(id);
		assertThat(decisions.closeDue(closesAt)).contains(id);
		assertThat(decisions.find(id).closed()).isTrue();
		mvc.perform(get("/decisions/{id}", id).with(user(facilitator)))
			.andExpect(content().string(containsString("Record the outcome")));
	}

	@Test
	void aReminderAndAFacilitatorsChangeAtTheSameMomentDoNotOverwriteEachOther() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount late = accounts.person("Late Lou", Role.PARTICIPANT);
		long id = started(start(facilitator, "PROPOSAL", "Due " + UUID.randomUUID()));
		Instant now = decisions.find(id).closesAt().minus(Duration.ofHours(1));

		// The run has read the decision due for its reminder when the facilitator changes
		// it and commits first, as when the job runs while someone edits.
		TransactionTemplate run = new TransactionTemplate(transactionManager);
		TransactionTemplate change = new TransactionTemplate(transactionManager);
		change.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Map<Long, List<AccountId>> reminded = run.execute(status -> {
			assertThat(decisionRepository.findById(id)).isPresent();
			change.executeWithoutResult(
					inner -> assertThat(decisions.amend(id, "Changed meanwhile", "New details.", "en")).isTrue());
			return decisions.remind(now);
		});

		assertThat(reminded.get(id)).contains(late.account());
		Decision after = decisions.find(id);
		assertThat(after.title()).isEqualTo("Changed meanwhile");
		assertThat(after.remindedAt()).isNotNull();
		assertThat(decisions.remind(now.plusSeconds(60))).doesNotContainKey(id);
	}

	@Test
	void closingAtTheTimeAndAFacilitatorsChangeAtTheSameMomentDoNotOverwriteEachOther() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		long id = started(start(facilitator, "PROPOSAL", "Due " + UUID.randomUUID()));
		Instant closesAt = decisions.find(id).closesAt();

		// The run has read the decision due to close when the facilitator changes it and
		// commits first, as when the job runs while someone edits.
		TransactionTemplate run = new TransactionTemplate(transactionManager);
		TransactionTemplate change = new TransactionTemplate(transactionManager);
		change.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		List<Long> closed = run.execute(status -> {
			assertThat(decisionRepository.findById(id)).isPresent();
			change.executeWithoutResult(
					inner -> assertThat(decisions.amend(id, "Changed meanwhile", "New details.", "en")).isTrue());
			return decisions.closeDue(closesAt);
		});

		assertThat(closed).contains(id);
		Decision after = decisions.find(id);
		assertThat(after.closed()).isTrue();
		assertThat(after.closedAt()).isEqualTo(closesAt);
		assertThat(after.title()).isEqualTo("Changed meanwhile");
		assertThat(decisions.amend(id, "Too late", "After closing.", "en")).isFalse();
		assertThat(decisions.closeDue(closesAt.plusSeconds(60))).doesNotContain(id);
	}

	@Test
	void anObjectionAddressedJustAsItsObjectorLeavesKeepsTheObjectorForgotten() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount objector = accounts.person("Olu Leaving", Role.PARTICIPANT);
		long id = started(start(facilitator, "CONSENT", "Move the market " + UUID.randomUUID()));
		mvc.perform(vote(id, objector, "OBJECT", "The stalls need shade")).andExpect(redirectedUrl("/decisions/" + id));
		long objection = decisions.objections(id).getFirst().id();

		// The facilitator's answer has read the objection when the objector's account is
		// deleted and the objector forgotten first.
		TransactionTemplate addressing = new TransactionTemplate(transactionManager);
		TransactionTemplate forgetting = new TransactionTemplate(transactionManager);
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		addressing.executeWithoutResult(status -> {
			assertThat(decisions.objections(id)).hasSize(1);
			forgetting.executeWithoutResult(inner -> decisions.forget(objector.account()));
			assertThat(decisions.addressObjection(id, objection, "Awnings are ordered.", "en")).isTrue();
		});

		Objection addressed = decisions.objections(id).getFirst();
		assertThat(addressed.status()).isEqualTo(ObjectionStatus.ADDRESSED);
		assertThat(addressed.objector()).isNull();
	}

	@Test
	void aPersonsVotesAreInTheirDataAndStayCountedAnonymouslyAfterDeletion() throws Exception {
		SignedInAccount facilitator = accounts.person("Fran Facilitator", Role.FACILITATOR);
		SignedInAccount voter = accounts.person("Gwen Gone", Role.PARTICIPANT);
		long id = started(start(facilitator, "CONSENT", "Data " + UUID.randomUUID()));
		mvc.perform(vote(id, voter, "OBJECT", "My private worry")).andExpect(redirectedUrl("/decisions/" + id));
		Map<String, Object> data = personalData.personalData(voter.account());
		assertThat(data.toString()).contains("My private worry").contains("OBJECT");

		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(voter.account())));
		for (int i = 0; i < 50 && !decisions.votesOf(voter.account()).isEmpty(); i++) {
			Thread.sleep(100);
		}
		assertThat(decisions.votesOf(voter.account())).isEmpty();
		assertThat(decisions.votes(id)).hasSize(1);
		assertThat(decisions.result(id).outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(personalData.personalData(voter.account()).toString()).doesNotContain("My private worry");
	}

}
