package org.copro.proposals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.InputReceived;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProposalsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts people;

	@Autowired
	Proposals proposals;

	@Autowired
	SpaceRepository spaces;

	@Autowired
	ProposalRepository proposalRepository;

	@Autowired
	SupportRepository supports;

	@Autowired
	CommentRepository comments;

	@Autowired
	ProposalsPersonalData personalData;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFacilitatorOpensACallForIdeasAndAParticipantProposes() throws Exception {
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		MvcResult opened = mvc
			.perform(post("/proposals/admin").with(user(facilitator))
				.with(csrf())
				.param("title", "Ideas for the park")
				.param("description", "What should the park have?\n\nTell us.")
				.param("open", "true")
				.param("_open", "on")
				.param("scope", "group:7"))
			.andExpect(redirectedUrlPattern("/proposals/admin/*"))
			.andReturn();
		long spaceId = Long.parseLong(opened.getResponse().getRedirectedUrl().replaceAll("^.*/(\\d+)$", "$1"));
		assertThat(proposals.space(spaceId).scope()).isEqualTo("group:7");
		mvc.perform(get("/proposals"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ideas for the park")))
			.andExpect(content().string(not(containsString("Manage calls for ideas"))));

		SignedInAccount author = people.person("Ann Author", Role.PARTICIPANT);
		MvcResult submitted = mvc
			.perform(post("/proposals/{s}", spaceId).with(user(author))
				.with(csrf())
				.param("title", "A water fountain")
				.param("body", "Near the swings.\n\nFor hot days."))
			.andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"))
			.andReturn();
		long proposalId = idFrom(submitted);
		Proposal proposal = proposalRepository.findById(proposalId).orElseThrow();
		assertThat(proposal.title()).isEqualTo("A water fountain");
		assertThat(proposal.author()).isEqualTo(author.account());

		assertThat(recorded.stream(ProposalSubmitted.class)).containsExactly(
				new ProposalSubmitted(spaceId, proposalId, author.account(), "A water fountain", "en", "group:7"));
		InputReceived input = recorded.stream(ProposalSubmitted.class).findFirst().orElseThrow();
		assertThat(input.tool()).isEqualTo("proposals");
		assertThat(input.reference()).isEqualTo("proposal:" + proposalId);
		assertThat(input.path()).isEqualTo("/proposals/" + spaceId + "/" + proposalId);
		assertThat(input.scope()).isEqualTo("group:7");

		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Near the swings.")))
			.andExpect(content().string(containsString("By Ann Author.")))
			.andExpect(content().string(containsString("Not answered yet")))
			.andExpect(content().string(not(containsString("@example.org"))));

		// The author may edit until others respond.
		mvc.perform(post("/proposals/{s}/{p}/edit", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("title", "A drinking fountain")
			.param("body", "Near the swings.")).andExpect(redirectedUrl("/proposals/" + spaceId + "/" + proposalId));
		assertThat(proposalRepository.findById(proposalId).orElseThrow().title()).isEqualTo("A drinking fountain");
		SignedInAccount other = people.person("Olly Other", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}/{p}/edit", spaceId, proposalId).with(user(other))
			.with(csrf())
			.param("title", "Hijacked")
			.param("body", "Mine now.")).andExpect(status().isForbidden());
		mvc.perform(post("/proposals/{s}/{p}/support", spaceId, proposalId).with(user(other)).with(csrf()));
		mvc.perform(get("/proposals/{s}/{p}/edit", spaceId, proposalId).with(user(author)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputShowsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long before = proposalRepository.count();
		mvc.perform(post("/proposals/{s}", spaceId).with(user(author))
			.with(csrf())
			.param("title", " ")
			.param("body", "x".repeat(5001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: Make a proposal – CoPro</title>")))
			.andExpect(content().string(containsString("Enter a title for your proposal")))
			.andExpect(content().string(containsString("Your proposal must be 5,000 characters or fewer")));
		mvc.perform(post("/proposals/{s}", spaceId).with(user(author))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("title", "y".repeat(151))
			.param("body", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rhaid i’r teitl fod yn 150 nod neu lai")))
			.andExpect(content().string(containsString("Esboniwch eich cynnig")));
		assertThat(proposalRepository.count()).as("nothing half-saved").isEqualTo(before);
		assertThat(recorded.stream(ProposalSubmitted.class)).isEmpty();

		long proposalId = plantedProposal(spaceId, author);
		long commentsBefore = comments.count();
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("text", "No stance"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose whether you are in favour, against or neutral")));
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("stance", "SIDEWAYS")
			.param("text", "Odd stance"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose whether you are in favour, against or neutral")));
		assertThat(comments.count()).isEqualTo(commentsBefore);
	}

	@Test
	void aClosedCallTakesNoNewProposalsAndAnonymousPeopleAreSentToSignIn() throws Exception {
		long closed = plantedSpace(false);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}", closed).with(user(author))
			.with(csrf())
			.param("title", "Late idea")
			.param("body", "Too late.")).andExpect(status().isForbidden());
		long open = plantedSpace(true);
		mvc.perform(post("/proposals/{s}", open).with(csrf()).param("title", "Anon").param("body", "Who?"))
			.andExpect(redirectedUrl("/sign-in"));
		SignedInAccount participant = people.person("Pat", Role.PARTICIPANT);
		mvc.perform(get("/proposals/admin").with(user(participant))).andExpect(status().isForbidden());
		mvc.perform(post("/proposals/admin").with(user(participant))
			.with(csrf())
			.param("title", "Mine")
			.param("description", "Mine")).andExpect(status().isForbidden());
	}

	@Test
	void postingWithoutCsrfTokenIsRefused() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long before = proposalRepository.count();
		mvc.perform(post("/proposals/{s}", spaceId).with(user(author)).param("title", "No token").param("body", "x"))
			.andExpect(status().isForbidden());
		long proposalId = plantedProposal(spaceId, author);
		mvc.perform(post("/proposals/{s}/{p}/support", spaceId, proposalId).with(user(author)))
			.andExpect(status().isForbidden());
		assertThat(proposalRepository.count()).isEqualTo(before + 1);
		assertThat(supports.countByProposalId(proposalId)).isZero();
	}

	@Test
	void supportingTwiceCountsOnceAndCanBeWithdrawn() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long proposalId = plantedProposal(spaceId, author);
		SignedInAccount supporter = people.person("Sam Supporter", Role.PARTICIPANT);
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/proposals/{s}/{p}/support", spaceId, proposalId).with(user(supporter)).with(csrf()))
				.andExpect(redirectedUrl("/proposals/" + spaceId + "/" + proposalId));
		}
		assertThat(supports.countByProposalId(proposalId)).isEqualTo(1);
		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId).with(user(supporter)))
			.andExpect(content().string(containsString("1 person supports this proposal")))
			.andExpect(content().string(containsString("Withdraw your support")));
		mvc.perform(post("/proposals/{s}/{p}/support/withdraw", spaceId, proposalId).with(user(supporter)).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + spaceId + "/" + proposalId));
		assertThat(supports.countByProposalId(proposalId)).isZero();
		mvc.perform(post("/proposals/{s}/{p}/support", spaceId, proposalId).with(csrf()))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void supportsArrivingAtOnceCountOnce() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		Proposal proposal = proposalRepository.findById(plantedProposal(spaceId, author)).orElseThrow();
		SignedInAccount supporter = people.person("Quick Clicker", Role.PARTICIPANT);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<?>> clicks = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			clicks.add(pool.submit(() -> {
				start.await();
				try {
					proposals.support(proposal, supporter.account());
				}
				catch (org.springframework.dao.DataIntegrityViolationException ex) {
					// The database kept the first support.
				}
				return null;
			}));
		}
		start.countDown();
		for (java.util.concurrent.Future<?> click : clicks) {
			click.get();
		}
		pool.shutdown();
		assertThat(supports.countByProposalId(proposal.id())).isEqualTo(1);
	}

	@Test
	void aParticipantCannotAnswerAndARejectionNeedsAReason() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long proposalId = plantedProposal(spaceId, author);
		mvc.perform(get("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(author)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("status", "ACCEPTED")
			.param("text", "I accept my own idea")).andExpect(status().isForbidden());
		assertThat(proposalRepository.findById(proposalId).orElseThrow().answerStatus()).isNull();

		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))
			.with(csrf())
			.param("status", "REJECTED")
			.param("text", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Explain why the proposal is rejected")));
		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))
			.with(csrf())
			.param("text", "No status"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose an answer")));
		assertThat(proposalRepository.findById(proposalId).orElseThrow().answerStatus()).isNull();
		assertThat(recorded.stream(ProposalAnswered.class)).isEmpty();

		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))
			.with(csrf())
			.param("status", "ACCEPTED")
			.param("text", "We will build it this summer."))
			.andExpect(redirectedUrl("/proposals/" + spaceId + "/" + proposalId));
		assertThat(recorded.stream(ProposalAnswered.class)).containsExactly(new ProposalAnswered(spaceId, proposalId,
				AnswerStatus.ACCEPTED, "We will build it this summer.", facilitator.account(), null));
		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId))
			.andExpect(content().string(containsString("Official answer")))
			.andExpect(content().string(containsString("We will build it this summer.")))
			.andExpect(content().string(containsString("govuk-tag--green")));
		mvc.perform(post("/proposals/{s}/{p}/withdraw", spaceId, proposalId).with(user(author)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/proposals/{s}", spaceId).param("status", "accepted"))
			.andExpect(content().string(containsString("A planted idea")));
		mvc.perform(get("/proposals/{s}", spaceId).param("status", "rejected"))
			.andExpect(content().string(not(containsString("A planted idea"))));
	}

	@Test
	void threadedCommentsWithStancesAndAHiddenCommentShowsOnlyItsReason() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann Author", Role.PARTICIPANT);
		long proposalId = plantedProposal(spaceId, author);
		SignedInAccount critic = people.person("Cai Critic", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, proposalId).with(user(critic))
			.with(csrf())
			.param("stance", "AGAINST")
			.param("text", "It would cost too much."))
			.andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/" + proposalId + "#comment-*"));
		long first = comments.findByProposalIdOrderById(proposalId).getFirst().id();
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("parent", Long.toString(first))
			.param("stance", "IN_FAVOUR")
			.param("text", "It is cheap."))
			.andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/" + proposalId + "#comment-*"));
		List<ProposalComment> all = comments.findByProposalIdOrderById(proposalId);
		assertThat(all).hasSize(2);
		assertThat(all.get(1).parentId()).isEqualTo(first);
		assertThat(recorded.stream(ProposalCommented.class)).extracting(ProposalCommented::reference)
			.containsExactly("comment:" + first, "comment:" + all.get(1).id());
		assertThat(recorded.stream(ProposalCommented.class)).extracting(ProposalCommented::excerpt)
			.containsExactly("It would cost too much.", "It is cheap.");

		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId))
			.andExpect(content().string(containsString("In favour: 1. Against: 1. Neutral: 0.")))
			.andExpect(content().string(containsString("in reply to Cai Critic")))
			.andExpect(content().string(containsString("It would cost too much.")));

		SignedInAccount reporter = people.person("Rita", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}/{p}/comments/{c}/report", spaceId, proposalId, first).with(user(reporter))
			.with(csrf())).andExpect(redirectedUrlPattern("/proposals/**"));
		mvc.perform(post("/proposals/{s}/{p}/comments/{c}/report", spaceId, proposalId, first).with(user(reporter))
			.with(csrf())).andExpect(redirectedUrlPattern("/proposals/**"));
		SignedInAccount moderator = people.person("Mo Moderator", Role.MODERATOR);
		mvc.perform(get("/proposals/admin/reports").with(user(moderator)))
			.andExpect(content().string(containsString("It would cost too much.")))
			.andExpect(content().string(containsString("Reported once")));
		mvc.perform(post("/proposals/admin/comments/{c}/hide", first).with(user(reporter))
			.with(csrf())
			.param("reason", "I do not like it")).andExpect(status().isForbidden());
		mvc.perform(post("/proposals/admin/comments/{c}/hide", first).with(user(moderator))
			.with(csrf())
			.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the reason for hiding the comment")));
		mvc.perform(post("/proposals/admin/comments/{c}/hide", first).with(user(moderator))
			.with(csrf())
			.param("reason", "Personal attack")).andExpect(redirectedUrlPattern("/proposals/**"));
		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId))
			.andExpect(content().string(not(containsString("It would cost too much."))))
			.andExpect(content().string(containsString("A moderator has hidden this comment.")))
			.andExpect(content().string(containsString("Reason: Personal attack")))
			.andExpect(content().string(containsString("In favour: 1. Against: 0. Neutral: 0.")))
			.andExpect(content().string(containsString("It is cheap.")));
		mvc.perform(get("/proposals/admin/reports").with(user(moderator)))
			.andExpect(content().string(not(containsString("It would cost too much."))));
	}

	@Test
	void withdrawnProposalsTakeNoSupportAndLeaveTheDefaultList() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long proposalId = plantedProposal(spaceId, author);
		SignedInAccount other = people.person("Olly", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}/{p}/withdraw", spaceId, proposalId).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/proposals/{s}/{p}/withdraw", spaceId, proposalId).with(user(author)).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + spaceId + "/" + proposalId));
		assertThat(proposalRepository.findById(proposalId).orElseThrow().withdrawn()).isTrue();
		mvc.perform(post("/proposals/{s}/{p}/support", spaceId, proposalId).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/proposals/{s}", spaceId)).andExpect(content().string(not(containsString("A planted idea"))));
		mvc.perform(get("/proposals/{s}", spaceId).param("status", "withdrawn"))
			.andExpect(content().string(containsString("A planted idea")));
	}

	@Test
	void mostSupportedComesFirst() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		ProposalSpace space = proposals.space(spaceId);
		Proposal popular = proposals.submit(space, author.account(), form("Popular idea"));
		proposals.submit(space, author.account(), form("Newer idea"));
		proposals.support(popular, people.person("S1", Role.PARTICIPANT).account());
		String supported = mvc.perform(get("/proposals/{s}", spaceId).param("sort", "supported"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(supported.indexOf("Popular idea")).isLessThan(supported.indexOf("Newer idea"));
		String newest = mvc.perform(get("/proposals/{s}", spaceId).param("sort", "newest"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(newest.indexOf("Newer idea")).isLessThan(newest.indexOf("Popular idea"));
	}

	@Test
	void personalDataAndAccountDeletion() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Del Deleted", Role.PARTICIPANT);
		long proposalId = plantedProposal(spaceId, author);
		Proposal proposal = proposalRepository.findById(proposalId).orElseThrow();
		proposals.support(proposal, author.account());
		proposals.comment(proposals.space(spaceId), proposal, null, author.account(), Stance.NEUTRAL, "My own note",
				"en");
		Map<String, Object> data = personalData.personalData(author.account());
		assertThat(data.get("proposals").toString()).contains("A planted idea");
		assertThat(data.get("supports").toString()).contains("A planted idea");
		assertThat(data.get("comments").toString()).contains("My own note");

		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(author.account())));
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (proposalRepository.findById(proposalId).orElseThrow().author() != null && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		while (supports.countByProposalId(proposalId) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(proposalRepository.findById(proposalId).orElseThrow().author()).isNull();
		assertThat(supports.countByProposalId(proposalId)).isZero();
		assertThat(comments.findByProposalIdOrderById(proposalId)).allMatch(c -> c.author() == null);
		mvc.perform(get("/proposals/{s}/{p}", spaceId, proposalId))
			.andExpect(content().string(containsString("By Former participant.")))
			.andExpect(content().string(not(containsString("Del Deleted"))));
	}

	@Test
	void anAnswerOrAHidingBegunAsTheAuthorLeavesDoesNotBringTheAuthorBack() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Del Leaving", Role.PARTICIPANT);
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		long proposalId = plantedProposal(spaceId, author);
		Proposal proposal = proposalRepository.findById(proposalId).orElseThrow();
		proposals.comment(proposals.space(spaceId), proposal, null, author.account(), Stance.NEUTRAL, "My own note",
				"en");
		ProposalComment comment = comments.findByProposalIdOrderById(proposalId).getFirst();

		// The facilitator's answer and hiding have read the proposal and the comment when
		// the author's account is deleted and forgotten first.
		TransactionTemplate forgetting = new TransactionTemplate(transactions.getTransactionManager());
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(status -> {
			assertThat(proposalRepository.findById(proposalId)).isPresent();
			assertThat(comments.findById(comment.id())).isPresent();
			forgetting.executeWithoutResult(inner -> personalData.forget(author.account()));
			proposals.answer(proposals.space(spaceId), proposal, AnswerStatus.ACCEPTED, "We will plant them.", "en",
					facilitator.account());
			proposals.hide(comment, "Off topic", facilitator.account());
		});

		Proposal answered = proposalRepository.findById(proposalId).orElseThrow();
		assertThat(answered.author()).isNull();
		assertThat(answered.answerStatus()).isEqualTo(AnswerStatus.ACCEPTED);
		assertThat(comments.findById(comment.id()).orElseThrow().author()).isNull();
	}

	@Test
	void eachTextIsMarkedWithTheLanguageItIsWrittenIn() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Gwen Awdur", Role.PARTICIPANT);
		Locale welsh = Locale.forLanguageTag("cy");
		assertThat(page(get("/proposals/{s}/new", spaceId).with(user(author)).locale(welsh)))
			.as("the form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked")
			.doesNotContainPattern("value=\"en\" id=\"language\" name=\"language\"\\s+checked");
		assertThat(page(get("/proposals/{s}/new", spaceId).with(user(author))))
			.containsPattern("value=\"en\" id=\"language\" name=\"language\"\\s+checked");

		long welshId = idFrom(mvc
			.perform(post("/proposals/{s}", spaceId).with(user(author))
				.with(csrf())
				.param("title", "Ffynnon ddŵr")
				.param("body", "Ger y siglenni.")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"))
			.andReturn());
		assertThat(proposalRepository.findById(welshId).orElseThrow().language()).isEqualTo("cy");
		long englishId = idFrom(mvc
			.perform(post("/proposals/{s}", spaceId).with(user(author))
				.with(csrf())
				.locale(welsh)
				.param("title", "A water fountain")
				.param("body", "Near the swings.")
				.param("language", "en"))
			.andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"))
			.andReturn());
		long unsaidId = idFrom(mvc
			.perform(post("/proposals/{s}", spaceId).with(user(author))
				.with(csrf())
				.locale(welsh)
				.param("title", "Meinciau")
				.param("body", "Mwy o feinciau."))
			.andReturn());
		assertThat(proposalRepository.findById(unsaidId).orElseThrow().language())
			.as("without a choice, the page's language")
			.isEqualTo("cy");

		assertThat(page(get("/proposals/{s}/{p}", spaceId, welshId))).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Ffynnon ddŵr</h1>")
			.containsPattern("<p class=\"govuk-body\" lang=\"cy\">\\s*Ger y siglenni\\.");
		assertThat(page(get("/proposals/{s}/{p}", spaceId, englishId).locale(welsh))).contains("<html lang=\"cy\"")
			.contains("lang=\"en\">A water fountain</h1>")
			.containsPattern("<p class=\"govuk-body\" lang=\"en\">\\s*Near the swings\\.");
		assertThat(page(get("/proposals/{s}", spaceId))).contains("lang=\"cy\">Ffynnon ddŵr</a>")
			.contains("lang=\"en\">A water fountain</a>");
		assertThat(page(get("/proposals/{s}/{p}/edit", spaceId, welshId).with(user(author))))
			.as("editing keeps the text's language")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");

		SignedInAccount commenter = people.person("Carys", Role.PARTICIPANT);
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, englishId).with(user(commenter))
			.with(csrf())
			.param("stance", "IN_FAVOUR")
			.param("text", "Syniad da iawn.")
			.param("language", "cy")).andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"));
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, englishId).with(user(commenter))
			.with(csrf())
			.locale(welsh)
			.param("stance", "NEUTRAL")
			.param("text", "Which swings?")
			.param("language", "en")).andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"));
		assertThat(page(get("/proposals/{s}/{p}", spaceId, englishId)))
			.containsPattern("<p class=\"govuk-body\" lang=\"cy\">\\s*Syniad da iawn\\.");
		assertThat(page(get("/proposals/{s}/{p}", spaceId, englishId).locale(welsh)))
			.containsPattern("<p class=\"govuk-body\" lang=\"en\">\\s*Which swings\\?");
	}

	@Test
	void aLanguageOtherThanEnglishOrWelshIsRefused() throws Exception {
		long spaceId = plantedSpace(true);
		SignedInAccount author = people.person("Ann", Role.PARTICIPANT);
		long before = proposalRepository.count();
		mvc.perform(post("/proposals/{s}", spaceId).with(user(author))
			.with(csrf())
			.param("title", "A water fountain")
			.param("body", "Near the swings.")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#language\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		assertThat(proposalRepository.count()).isEqualTo(before);

		long proposalId = plantedProposal(spaceId, author);
		mvc.perform(post("/proposals/{s}/{p}/edit", spaceId, proposalId).with(user(author))
			.with(csrf())
			.param("title", "A planted idea")
			.param("body", "Some words about it.")
			.param("language", "")).andExpect(status().isBadRequest());
		long commentsBefore = comments.count();
		mvc.perform(post("/proposals/{s}/{p}/comments", spaceId, proposalId).with(user(author))
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("stance", "NEUTRAL")
			.param("text", "Bonjour")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Dewiswch English neu Cymraeg fel iaith y testun")));
		assertThat(comments.count()).isEqualTo(commentsBefore);
	}

	@Test
	void callsForIdeasAndAnswersAreMarkedWithTheirLanguageToo() throws Exception {
		SignedInAccount facilitator = people.person("Ffion Hwylusydd", Role.FACILITATOR);
		Locale welsh = Locale.forLanguageTag("cy");
		mvc.perform(post("/proposals/admin").with(user(facilitator))
			.with(csrf())
			.param("title", "Parc")
			.param("description", "Beth hoffech chi?")
			.param("language", "xx")).andExpect(status().isBadRequest());
		long spaceId = Long.parseLong(mvc
			.perform(post("/proposals/admin").with(user(facilitator))
				.with(csrf())
				.param("title", "Syniadau am y parc")
				.param("description", "Beth hoffech chi yn y parc?")
				.param("open", "true")
				.param("_open", "on")
				.param("language", "cy"))
			.andExpect(redirectedUrlPattern("/proposals/admin/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replaceAll("^.*/(\\d+)$", "$1"));
		assertThat(page(get("/proposals"))).contains("lang=\"cy\">Syniadau am y parc</a>");
		assertThat(page(get("/proposals/{s}", spaceId))).contains("lang=\"cy\">Syniadau am y parc</h1>")
			.containsPattern("<p class=\"govuk-body\" lang=\"cy\">\\s*Beth hoffech chi yn y parc\\?");

		long proposalId = plantedProposal(spaceId, people.person("Ann", Role.PARTICIPANT));
		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))
			.with(csrf())
			.param("status", "ACCEPTED")
			.param("text", "Of course.")
			.param("language", "klingon")).andExpect(status().isBadRequest());
		mvc.perform(post("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))
			.with(csrf())
			.locale(welsh)
			.param("status", "ACCEPTED")
			.param("text", "Wrth gwrs.")
			.param("language", "cy")).andExpect(redirectedUrlPattern("/proposals/" + spaceId + "/*"));
		assertThat(page(get("/proposals/{s}/{p}", spaceId, proposalId)))
			.containsPattern("<p class=\"govuk-body\" lang=\"cy\">\\s*Wrth gwrs\\.")
			.containsPattern("<p class=\"govuk-body\" lang=\"en\">\\s*Some words about it\\.");
		assertThat(page(get("/proposals/admin/{s}/{p}/answer", spaceId, proposalId).with(user(facilitator))))
			.as("changing the answer keeps its language")
			.containsPattern("value=\"cy\" id=\"language-cy\" name=\"language\"\\s+checked");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long plantedSpace(boolean open) {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		SpaceForm form = new SpaceForm();
		form.setTitle("Planted call");
		form.setDescription("Ideas, please.");
		form.setOpen(open);
		return proposals.openSpace(form, facilitator.account());
	}

	private long plantedProposal(long spaceId, SignedInAccount author) {
		return proposals.submit(proposals.space(spaceId), author.account(), form("A planted idea")).id();
	}

	private static ProposalForm form(String title) {
		ProposalForm form = new ProposalForm();
		form.setTitle(title);
		form.setBody("Some words about it.");
		return form;
	}

	private static long idFrom(MvcResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^/proposals/\\d+/(\\d+).*$", "$1"));
	}

}
