package org.copro.conversations;

import org.copro.identity.TestAccounts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConversationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts people;

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationRepository conversationRepository;

	@Autowired
	StatementRepository statements;

	@Autowired
	VoteRepository votes;

	@Autowired
	OpinionReports reports;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aFacilitatorStartsAConversationWithSeedStatements() throws Exception {
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		MvcResult result = mvc
			.perform(post("/conversations").with(user(facilitator))
				.with(csrf())
				.param("title", "Our library")
				.param("question", "What should the library do next?")
				.param("open", "true")
				.param("_open", "on")
				.param("_participantStatements", "on")
				.param("moderation", "VISIBLE_AFTER_REVIEW")
				.param("seedStatements", "Open on Sundays\n\n  More Welsh books  \nA quiet room for study\n"))
			.andExpect(redirectedUrlPattern("/conversations/*/moderate?started"))
			.andReturn();
		long id = idFrom(result);
		Conversation conversation = conversations.find(id);
		assertThat(conversation.open()).isTrue();
		assertThat(conversation.participantStatements()).as("unchecked box").isFalse();
		assertThat(conversation.facilitator()).isEqualTo(facilitator.account());
		assertThat(statements.findByConversationIdOrderById(id)).extracting(ConversationStatement::text)
			.containsExactly("Open on Sundays", "More Welsh books", "A quiet room for study");
		assertThat(statements.findByConversationIdOrderById(id)).allMatch(s -> s.status() == StatementStatus.ACCEPTED);

		mvc.perform(get("/conversations/{id}/moderate", id).with(user(facilitator)).param("started", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your conversation has started")))
			.andExpect(content().string(containsString("Fran Facilitator")));
		mvc.perform(get("/conversations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Our library")))
			.andExpect(content().string(not(containsString("Start a conversation"))));
		mvc.perform(get("/conversations").with(user(facilitator)))
			.andExpect(content().string(containsString("Start a conversation")));
	}

	@Test
	void aParticipantCannotStartOrModerate() throws Exception {
		SignedInAccount participant = people.person("Pat Participant", Role.PARTICIPANT);
		long id = plantedConversation(ModerationMode.VISIBLE_AFTER_REVIEW, true);
		long count = conversationRepository.count();
		mvc.perform(get("/conversations/new").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(post("/conversations").with(user(participant))
			.with(csrf())
			.param("title", "Mine")
			.param("question", "Why not?")
			.param("moderation", "VISIBLE_AFTER_REVIEW")).andExpect(status().isForbidden());
		assertThat(conversationRepository.count()).isEqualTo(count);

		long statement = statements.findByConversationIdOrderById(id).getFirst().id();
		mvc.perform(get("/conversations/{id}/moderate", id).with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(post("/conversations/{id}/statements/{s}/moderation", id, statement).with(user(participant))
			.with(csrf())
			.param("action", "reject")).andExpect(status().isForbidden());
		mvc.perform(post("/conversations/{id}/status", id).with(user(participant)).with(csrf()).param("open", "false"))
			.andExpect(status().isForbidden());
		assertThat(statements.findById(statement).orElseThrow().status()).isEqualTo(StatementStatus.ACCEPTED);
		assertThat(conversations.find(id).open()).isTrue();

		mvc.perform(post("/conversations/{id}/votes", id).with(csrf())
			.param("statement", Long.toString(statement))
			.param("vote", "agree")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void badInputShowsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long count = conversationRepository.count();
		mvc.perform(post("/conversations").with(user(facilitator))
			.with(csrf())
			.param("title", " ")
			.param("question", "Why?")
			.param("seedStatements", "Fine\n" + "x".repeat(141)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("<title>Error: Start a conversation – CoPro</title>")))
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Choose when participants’ statements are shown")))
			.andExpect(content().string(containsString("The statement on line 2 must be 140 characters or fewer")));
		mvc.perform(post("/conversations").with(user(facilitator))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("title", "Teitl")
			.param("question", "")
			.param("moderation", "VISIBLE_AFTER_REVIEW")
			.param("seedStatements", "x".repeat(141)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rhowch y cwestiwn")))
			.andExpect(content().string(containsString("Rhaid i&#39;r datganiad ar linell 1 fod yn 140 nod neu lai")));
		assertThat(conversationRepository.count()).as("nothing half-saved").isEqualTo(count);

		long id = plantedConversation(ModerationMode.VISIBLE_AFTER_REVIEW, true);
		SignedInAccount participant = people.person("Pat", Role.PARTICIPANT);
		int before = statements.findByConversationIdOrderById(id).size();
		mvc.perform(post("/conversations/{id}/statements", id).with(user(participant))
			.with(csrf())
			.param("text", "y".repeat(141)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Your statement must be 140 characters or fewer")))
			.andExpect(content().string(containsString("id=\"text-error\"")));
		mvc.perform(post("/conversations/{id}/statements", id).with(user(participant))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("text", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rhowch eich datganiad")));
		assertThat(statements.findByConversationIdOrderById(id)).hasSize(before);

		long statement = statements.findByConversationIdOrderById(id).getFirst().id();
		mvc.perform(post("/conversations/{id}/votes", id).with(user(participant))
			.with(csrf())
			.param("statement", Long.toString(statement))
			.param("vote", "maybe")).andExpect(status().isBadRequest());
		long other = plantedConversation(ModerationMode.VISIBLE_AFTER_REVIEW, true);
		mvc.perform(post("/conversations/{id}/votes", other).with(user(participant))
			.with(csrf())
			.param("statement", Long.toString(statement))
			.param("vote", "agree")).andExpect(status().isBadRequest());
		assertThat(votes.findByVoterIdOrderByVotedAt(participant.account().value())).isEmpty();
		mvc.perform(get("/conversations/999999")).andExpect(status().isNotFound());
	}

	@Test
	void aParticipantVotesOneStatementAtATimeUntilNoneAreLeft() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(form("Parks", List.of("More benches", "Longer opening hours")),
				facilitator.account());
		List<ConversationStatement> seeds = statements.findByConversationIdOrderById(id);
		SignedInAccount early = people.person("Early", Role.PARTICIPANT);
		conversations.castVote(conversations.find(id), seeds.get(0).id(), early.account(), VoteChoice.AGREE);

		SignedInAccount me = people.person("Me", Role.PARTICIPANT);
		mvc.perform(get("/conversations/{id}", id).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have voted on 0 of 2 statements.")))
			.andExpect(content().string(containsString("Longer opening hours")))
			.andExpect(content().string(not(containsString("More benches"))));
		mvc.perform(post("/conversations/{id}/votes", id).with(user(me))
			.with(csrf())
			.param("statement", Long.toString(seeds.get(1).id()))
			.param("vote", "disagree")).andExpect(redirectedUrl("/conversations/" + id));
		mvc.perform(get("/conversations/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("You have voted on 1 of 2 statements.")))
			.andExpect(content().string(containsString("More benches")));
		mvc.perform(post("/conversations/{id}/votes", id).with(user(me))
			.with(csrf())
			.param("statement", Long.toString(seeds.get(0).id()))
			.param("vote", "pass")).andExpect(redirectedUrl("/conversations/" + id));
		mvc.perform(get("/conversations/{id}", id).with(user(me)).locale(Locale.forLanguageTag("cy")))
			.andExpect(content().string(containsString("Rydych wedi pleidleisio ar bob datganiad hyd yma")));
		assertThat(votes.findByConversationIdAndVoterId(id, me.account().value())).extracting(Vote::choice)
			.containsExactlyInAnyOrder(VoteChoice.DISAGREE, VoteChoice.PASS);

		// A vote can be changed: still one vote per person and statement.
		mvc.perform(post("/conversations/{id}/votes", id).with(user(me))
			.with(csrf())
			.param("statement", Long.toString(seeds.get(0).id()))
			.param("vote", "agree")).andExpect(redirectedUrl("/conversations/" + id));
		assertThat(votes.findByConversationIdAndVoterId(id, me.account().value())).extracting(Vote::choice)
			.containsExactlyInAnyOrder(VoteChoice.DISAGREE, VoteChoice.AGREE);

		conversations.setOpen(id, false);
		mvc.perform(get("/conversations/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("This conversation is closed")));
		mvc.perform(post("/conversations/{id}/votes", id).with(user(me))
			.with(csrf())
			.param("statement", Long.toString(seeds.get(0).id()))
			.param("vote", "disagree")).andExpect(status().isForbidden());
	}

	@Test
	void onceThereIsEnoughToAnalyseTheEnginesPriorityChoosesTheNextStatement() {
		long id = plantedConversation(ModerationMode.VISIBLE_AFTER_REVIEW, true);
		Conversation conversation = conversations.find(id);
		SignedInAccount newcomer = people.person("Newcomer", Role.PARTICIPANT);
		Map<String, Double> priorities = reports
			.analysisForOrdering(conversation, () -> statements.findByConversationIdOrderById(id),
					() -> votes.findByConversationId(id))
			.orElseThrow()
			.priorities();
		double highest = priorities.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();

		ConversationStatement next = conversations.nextStatement(conversation, newcomer.account()).orElseThrow();
		assertThat(priorities.get(Long.toString(next.id()))).isEqualTo(highest);
	}

	@Test
	void submittedStatementsWaitForAModeratorWhoAcceptsRejectsOrMarksThemMeta() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(form("Buses", List.of("Buses should run later")), facilitator.account());
		SignedInAccount author = people.person("Awdur", Role.PARTICIPANT);
		SignedInAccount voter = people.person("Voter", Role.PARTICIPANT);
		SignedInAccount moderator = people.person("Mo Moderator", Role.MODERATOR);

		mvc.perform(post("/conversations/{id}/statements", id).with(user(author))
			.with(csrf())
			.param("text", "  Fares are too high  ")).andExpect(redirectedUrl("/conversations/" + id));
		ConversationStatement submitted = statements.findByConversationIdOrderById(id).getLast();
		assertThat(submitted.text()).isEqualTo("Fares are too high");
		assertThat(submitted.status()).isEqualTo(StatementStatus.PENDING);
		// Input waiting for review is not yet public, so the accountability log does not
		// hear of it yet.
		assertThat(recorded.stream(StatementSubmitted.class)).isEmpty();
		mvc.perform(post("/conversations/{id}/votes", id).with(user(voter))
			.with(csrf())
			.param("statement", Long.toString(submitted.id()))
			.param("vote", "agree")).andExpect(status().isBadRequest());

		mvc.perform(get("/conversations/{id}/moderate", id).with(user(moderator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fares are too high")))
			.andExpect(content().string(containsString("Awdur")));
		mvc.perform(post("/conversations/{id}/statements/{s}/moderation", id, submitted.id()).with(user(moderator))
			.with(csrf())
			.param("action", "accept")).andExpect(redirectedUrl("/conversations/" + id + "/moderate"));
		assertThat(statements.findById(submitted.id()).orElseThrow().status()).isEqualTo(StatementStatus.ACCEPTED);
		assertThat(recorded.stream(StatementSubmitted.class))
			.containsExactly(new StatementSubmitted(id, submitted.id(), author.account(), "Fares are too high", "en"));
		mvc.perform(post("/conversations/{id}/votes", id).with(user(voter))
			.with(csrf())
			.param("statement", Long.toString(submitted.id()))
			.param("vote", "agree")).andExpect(redirectedUrl("/conversations/" + id));

		// The conversation's own facilitator moderates too.
		mvc.perform(post("/conversations/{id}/statements/{s}/moderation", id, submitted.id()).with(user(facilitator))
			.with(csrf())
			.param("action", "meta")).andExpect(redirectedUrl("/conversations/" + id + "/moderate"));
		assertThat(statements.findById(submitted.id()).orElseThrow().meta()).isTrue();
		mvc.perform(post("/conversations/{id}/statements/{s}/moderation", id, submitted.id()).with(user(facilitator))
			.with(csrf())
			.param("action", "reject")).andExpect(redirectedUrl("/conversations/" + id + "/moderate"));
		assertThat(statements.findById(submitted.id()).orElseThrow().status()).isEqualTo(StatementStatus.REJECTED);
		mvc.perform(post("/conversations/{id}/statements/{s}/moderation", id, submitted.id()).with(user(facilitator))
			.with(csrf())
			.param("action", "explode")).andExpect(status().isBadRequest());
		mvc.perform(get("/conversations/{id}/report.csv", id))
			.andExpect(content().string(not(containsString("Fares are too high"))));

		// Another facilitator's conversation is not theirs to moderate.
		SignedInAccount otherFacilitator = people.person("Other", Role.FACILITATOR);
		mvc.perform(get("/conversations/{id}/moderate", id).with(user(otherFacilitator)))
			.andExpect(status().isForbidden());

		// Shown at once when the facilitator chose so.
		ConversationForm open = form("Open mic", List.of("Seed"));
		open.setModeration(ModerationMode.VISIBLE_BEFORE_REVIEW);
		long openId = conversations.start(open, facilitator.account());
		mvc.perform(post("/conversations/{id}/statements", openId).with(user(author))
			.with(csrf())
			.param("text", "Shown straight away")).andExpect(redirectedUrl("/conversations/" + openId));
		ConversationStatement shown = statements.findByConversationIdOrderById(openId).getLast();
		assertThat(recorded.stream(StatementSubmitted.class))
			.contains(new StatementSubmitted(openId, shown.id(), author.account(), "Shown straight away", "en"));
		mvc.perform(post("/conversations/{id}/votes", openId).with(user(voter))
			.with(csrf())
			.param("statement", Long.toString(shown.id()))
			.param("vote", "pass")).andExpect(redirectedUrl("/conversations/" + openId));
	}

	@Test
	void theReportFindsTwoPlantedGroupsAndWhatUnitesThem() throws Exception {
		long id = plantedConversation(ModerationMode.VISIBLE_AFTER_REVIEW, true);
		mvc.perform(get("/conversations/{id}/report", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Group A")))
			.andExpect(content().string(containsString("Group B")))
			.andExpect(content().string(not(containsString("Group C"))))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("Opinion map of 12 people in 2 groups")))
			.andExpect(content().string(containsString("What unites people")))
			.andExpect(content().string(containsString("Every group tends to agree")))
			.andExpect(content().string(containsString("Free parking for carers")));
		mvc.perform(get("/conversations/{id}/report", id).locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grŵp A")))
			.andExpect(content().string(containsString("Yr hyn sy&#39;n uno pobl")));

		mvc.perform(get("/conversations/{id}/report.json", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.enoughData").value(true))
			.andExpect(jsonPath("$.voters").value(12))
			.andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.groups[0].members").value(6))
			.andExpect(jsonPath("$.groups[1].members").value(6))
			.andExpect(jsonPath("$.consensus.agree[0].text").value("Free parking for carers"))
			.andExpect(jsonPath("$.consensus.agree[0].everyone.agree").value(100))
			.andExpect(jsonPath("$.consensus.groupInformed[0].text").value("Free parking for carers"))
			.andExpect(jsonPath("$.consensus.groupInformed.length()").value(1))
			.andExpect(jsonPath("$.map.length()").value(12));

		String json = mvc.perform(get("/conversations/{id}/report.json", id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Each group is represented by a statement it agrees with and the other group
		// rejects.
		Map<?, ?> report = new tools.jackson.databind.json.JsonMapper().readValue(json, Map.class);
		for (Object group : (List<?>) report.get("groups")) {
			Map<?, ?> first = (Map<?, ?>) ((List<?>) ((Map<?, ?>) group).get("representative")).getFirst();
			assertThat(first.get("direction")).isEqualTo("agree");
			assertThat((Integer) ((Map<?, ?>) first.get("group")).get("agree")).isGreaterThanOrEqualTo(80);
			assertThat((Integer) ((Map<?, ?>) first.get("others")).get("agree")).isZero();
		}

		String csv = mvc.perform(get("/conversations/{id}/report.csv", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).startsWith(
				"statement,text,status,meta,seed,agree,disagree,pass,representative_of,consensus,group_A_agree_percent");
		assertThat(lines).hasSize(1 + 7);
		assertThat(lines).anyMatch(line -> line.contains("Free parking for carers") && line.contains(",agree,"));
		assertThat(lines).anyMatch(line -> line.contains("\"Cheaper, later buses\""));
	}

	@Test
	void aSmallConversationSaysThereAreTooFewVotes() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(form("Tiny", List.of("One", "Two")), facilitator.account());
		SignedInAccount voter = people.person("Solo", Role.PARTICIPANT);
		conversations.castVote(conversations.find(id), statements.findByConversationIdOrderById(id).getFirst().id(),
				voter.account(), VoteChoice.AGREE);
		mvc.perform(get("/conversations/{id}/report", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are not enough votes yet")))
			.andExpect(content().string(not(containsString("role=\"img\""))));
		mvc.perform(get("/conversations/{id}/report", id).locale(Locale.forLanguageTag("cy")))
			.andExpect(content().string(containsString("Does dim digon o bleidleisiau eto")));
		mvc.perform(get("/conversations/{id}/report.json", id))
			.andExpect(jsonPath("$.enoughData").value(false))
			.andExpect(jsonPath("$.voters").value(1))
			.andExpect(jsonPath("$.groups.length()").value(0));
		mvc.perform(get("/conversations/{id}/report.csv", id)).andExpect(status().isOk());
	}

	@Test
	void aPersonsStatementsAndVotesAreTheirsToDownloadAndStayAfterDeletionAsAFormerParticipant() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(form("Data", List.of("Seed")), facilitator.account());
		SignedInAccount author = people.person("Leaving Soon", Role.PARTICIPANT);
		ConversationStatement mine = conversations.submitStatement(conversations.find(id), author.account(),
				"My own point", "en", false);
		conversations.castVote(conversations.find(id), statements.findByConversationIdOrderById(id).getFirst().id(),
				author.account(), VoteChoice.DISAGREE);

		Map<String, Object> data = conversations.personalData(author.account());
		assertThat((List<?>) data.get("statements")).hasSize(1);
		assertThat(data.get("statements").toString()).contains("My own point");
		assertThat(data.get("votes").toString()).contains("disagree");
		mvc.perform(get("/account/data").with(user(author)))
			.andExpect(jsonPath("$.conversations.statements[0].text").value("My own point"));

		// As identity publishes it: inside the deleting transaction, heard by the
		// listener after commit.
		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(author.account())));
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (statements.findById(mine.id()).orElseThrow().author() != null && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(statements.findById(mine.id()).orElseThrow().author()).isNull();
		assertThat(statements.findById(mine.id()).orElseThrow().text()).isEqualTo("My own point");
		mvc.perform(get("/conversations/{id}/moderate", id).with(user(facilitator)))
			.andExpect(content().string(containsString("Former participant")))
			.andExpect(content().string(not(containsString("Leaving Soon"))));
	}

	@Test
	void aModerationBegunAsTheAuthorLeavesDoesNotBringTheAuthorBack() {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(form("Leaving", List.of("Seed")), facilitator.account());
		SignedInAccount author = people.person("Leaving Now", Role.PARTICIPANT);
		ConversationStatement mine = conversations.submitStatement(conversations.find(id), author.account(),
				"A point of my own", "en", false);

		// The moderation has read the statement when the author's account is deleted and
		// forgotten first, as the listener does when both happen together.
		TransactionTemplate forgetting = new TransactionTemplate(transactions.getTransactionManager());
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(status -> {
			assertThat(statements.findById(mine.id())).isPresent();
			forgetting.executeWithoutResult(inner -> statements.forgetAuthor(author.account().value()));
			conversations.moderate(conversations.find(id), mine.id(), ModerationAction.META);
		});

		ConversationStatement moderated = statements.findById(mine.id()).orElseThrow();
		assertThat(moderated.meta()).isTrue();
		assertThat(moderated.author()).isNull();
	}

	@Test
	void eachTextIsMarkedWithTheLanguageItIsWrittenIn() throws Exception {
		SignedInAccount facilitator = people.person("Ffion", Role.FACILITATOR);
		Locale welsh = Locale.forLanguageTag("cy");
		assertThat(page(get("/conversations/new").with(user(facilitator)).locale(welsh)))
			.as("the form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
		long id = idOf(mvc
			.perform(post("/conversations").with(user(facilitator))
				.with(csrf())
				.param("title", "Bysiau")
				.param("question", "Beth yw eich barn am y bysiau?")
				.param("moderation", "VISIBLE_AFTER_REVIEW")
				.param("seedStatements", "Dylai bysiau redeg yn hwyrach")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/conversations/*/moderate?started"))
			.andReturn());
		assertThat(conversationRepository.findById(id).orElseThrow().language()).isEqualTo("cy");
		assertThat(statements.findByConversationIdOrderById(id)).extracting(ConversationStatement::language)
			.containsExactly("cy");

		SignedInAccount voter = people.person("Val", Role.PARTICIPANT);
		assertThat(page(get("/conversations/{id}", id).with(user(voter)))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Bysiau</h1>")
			.contains("lang=\"cy\">Beth yw eich barn am y bysiau?</p>")
			.contains("id=\"statement-text\" lang=\"cy\">Dylai bysiau redeg yn hwyrach</p>")
			.containsPattern("value=\"en\" id=\"language\" name=\"language\"\\s+checked");
		assertThat(page(get("/conversations"))).contains("lang=\"cy\">Bysiau</a>");

		mvc.perform(post("/conversations/{id}/statements", id).with(user(voter))
			.with(csrf())
			.locale(welsh)
			.param("text", "Fares are too high")
			.param("language", "en")).andExpect(redirectedUrl("/conversations/" + id));
		assertThat(statements.findByConversationIdOrderById(id).getLast().language()).isEqualTo("en");
		assertThat(page(get("/conversations/{id}/moderate", id).with(user(facilitator)).locale(welsh)))
			.contains("<html lang=\"cy\"")
			.contains("<span lang=\"en\">Fares are too high</span>")
			.contains("<span lang=\"cy\">Dylai bysiau redeg yn hwyrach</span>");
		assertThat(page(get("/conversations/{id}/report", id)))
			.contains("lang=\"cy\">Dylai bysiau redeg yn hwyrach</th>");
		mvc.perform(get("/conversations/{id}/report.json", id))
			.andExpect(jsonPath("$.conversation.language").value("cy"))
			.andExpect(jsonPath("$.statements[0].text").value("Dylai bysiau redeg yn hwyrach"))
			.andExpect(jsonPath("$.statements[0].language").value("cy"));
	}

	@Test
	void aLanguageOtherThanEnglishOrWelshIsRefused() throws Exception {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long count = conversationRepository.count();
		mvc.perform(post("/conversations").with(user(facilitator))
			.with(csrf())
			.param("title", "Buses")
			.param("question", "Why?")
			.param("moderation", "VISIBLE_AFTER_REVIEW")
			.param("language", "de"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(conversationRepository.count()).isEqualTo(count);

		long id = conversations.start(form("Buses", List.of("Buses should run later")), facilitator.account());
		long before = statements.count();
		mvc.perform(post("/conversations/{id}/statements", id).with(user(people.person("P", Role.PARTICIPANT)))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("text", "Guten Tag")
			.param("language", "de"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Dewiswch English neu Cymraeg fel iaith y testun")));
		assertThat(statements.count()).isEqualTo(before);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static long idOf(MvcResult started) {
		return Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("^/conversations/(\\d+)/.*$", "$1"));
	}

	static ConversationForm form(String title, List<String> seeds) {
		ConversationForm form = new ConversationForm();
		form.setTitle(title);
		form.setQuestion("What do you think about " + title + "?");
		form.setModeration(ModerationMode.VISIBLE_AFTER_REVIEW);
		form.setSeedStatements(String.join("\n", seeds));
		return form;
	}

	/**
	 * Two planted groups of six: group A agrees with statements 0–2 and disagrees with
	 * 3–5, group B the other way round; everyone agrees with statement 6. Each person
	 * skips one statement of 0–5.
	 */
	long plantedConversation(ModerationMode moderation, boolean open) {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		ConversationForm form = form("Town centre",
				List.of("More trees on the high street", "Cheaper, later buses", "A covered market", "More car parking",
						"A new road bypass", "Bigger shops", "Free parking for carers"));
		form.setModeration(moderation);
		form.setOpen(open);
		long id = conversations.start(form, facilitator.account());
		Conversation conversation = conversations.find(id);
		List<ConversationStatement> seeds = statements.findByConversationIdOrderById(id);
		for (int p = 0; p < 12; p++) {
			SignedInAccount voter = people.person("Voter " + p, Role.PARTICIPANT);
			boolean groupA = p < 6;
			for (int s = 0; s < 7; s++) {
				if (s == p % 6) {
					continue;
				}
				VoteChoice choice = s == 6 ? VoteChoice.AGREE
						: ((s < 3) == groupA ? VoteChoice.AGREE : VoteChoice.DISAGREE);
				conversations.castVote(conversation, seeds.get(s).id(), voter.account(), choice);
			}
		}
		return id;
	}

	private static long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("^/conversations/(\\d+)/.*$", "$1"));
	}

}
