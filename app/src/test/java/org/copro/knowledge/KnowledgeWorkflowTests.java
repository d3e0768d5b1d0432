package org.copro.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class KnowledgeWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	KnowledgeEntryRepository entries;

	@Autowired
	KnowledgeCommentRepository comments;

	@Autowired
	ApplicationEvents published;

	@Autowired
	KnowledgeImport knowledgeImport;

	@Autowired
	KnowledgePersonalData personalData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	KnowledgeWorkflow workflow;

	@Autowired
	KnowledgeComments knowledgeComments;

	/**
	 * The entry form filled in, with any field replaced by the name-value pairs given.
	 */
	MockHttpServletRequestBuilder entryForm(String path, SignedInAccount who, String title, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", "case");
		fields.put("title", title);
		fields.put("summary", "Tenants and the housing team redesigned repairs together.");
		fields.put("body", "## What happened\n\nTenants chose the **priorities**.\n\n<script>alert(1)</script>");
		fields.put("period", "2019–21");
		fields.put("localArea", "Swansea");
		fields.put("region", "South Wales");
		fields.put("country", "Wales");
		fields.put("serviceAreas", "Housing, Repairs");
		fields.put("approaches", "Co-design");
		fields.put("keywords", "tenants, repairs");
		fields.put("contributors", "Ann Jones – Swansea Tenants Forum");
		fields.put("publications", "Jones, A. (2021) Repairs together. https://example.org/repairs");
		fields.put("url", "https://example.org/case");
		fields.put("language", "en");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aModeratorAtWorkAsTheAuthorLeavesNeitherFailsNorBringsTheirNameBack() throws Exception {
		SignedInAccount author = accounts.person("Leaving Lowri", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Mo Moderator", Role.MODERATOR);
		long id = submit(author, "Repair cafes in Bangor " + UUID.randomUUID());
		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(author))
			.with(csrf())
			.param("body", "Ours runs on Saturdays."));
		KnowledgeComment comment = comments.findByEntryIdOrderByCreatedAtAscIdAsc(id).get(0);
		long second = submit(author, "Tool library in Bangor " + UUID.randomUUID());

		// The moderator's work has read the entry and the comment when the author's
		// account is deleted and forgotten first, as the listener does when both happen
		// together.
		TransactionTemplate moderating = new TransactionTemplate(transactionManager);
		TransactionTemplate forgetting = new TransactionTemplate(transactionManager);
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		moderating.executeWithoutResult(status -> {
			assertThat(entries.findById(second)).isPresent();
			assertThat(comments.findById(comment.id())).isPresent();
			forgetting.executeWithoutResult(inner -> personalData.forget(author.account()));
			assertThat(workflow.publish(second)).isTrue();
			knowledgeComments.hide(comment.id(), true);
		});

		KnowledgeEntry entry = entries.findById(second).orElseThrow();
		assertThat(entry.published()).isTrue();
		assertThat(entry.authorAccount()).isNull();
		assertThat(entry.authorName()).isEmpty();
		KnowledgeComment hidden = comments.findById(comment.id()).orElseThrow();
		assertThat(hidden.hidden()).isTrue();
		assertThat(personalData.personalData(author.account()).toString()).doesNotContain("Saturdays")
			.doesNotContain("Tool library");
	}

	long submit(SignedInAccount author, String title) throws Exception {
		MvcResult result = mvc.perform(entryForm("/knowledge/new", author, title))
			.andExpect(redirectedUrlPattern("/knowledge/*?submitted"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^/knowledge/(\\d+)\\?.*$", "$1"));
	}

	List<Long> found(String query) {
		return search.search(SearchRequest.of(query, 50)).hits().stream().map(hit -> hit.entry().id()).toList();
	}

	@Test
	void aSubmittedEntryIsHiddenUntilAModeratorPublishesItAndThenFoundDespiteATypo() throws Exception {
		SignedInAccount author = accounts.person("Tomos Tenant", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Mari Moderator", Role.MODERATOR);
		SignedInAccount other = accounts.person("Olwen Other", Role.PARTICIPANT);
		String word = "Zephyrine" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
		long id = submit(author, word + " repairs with tenants");

		assertThat(entries.findById(id).orElseThrow().status()).isEqualTo(EntryStatus.SUBMITTED);
		mvc.perform(get("/knowledge/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/knowledge/{id}", id).with(user(other))).andExpect(status().isNotFound());
		assertThat(found(word)).doesNotContain(id);
		mvc.perform(get("/knowledge/{id}", id).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("waiting for a moderator")));

		mvc.perform(get("/knowledge/review").with(user(author))).andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(author)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/review").with(user(moderator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(word + " repairs with tenants")));

		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/" + id))
			.andExpect(flash().attribute("notice", "knowledge.notice.published"));
		mvc.perform(get("/knowledge/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>What happened</h2>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("Ann Jones – Swansea Tenants Forum")))
			.andExpect(content().string(containsString("href=\"https://example.org/repairs\"")));
		String typo = word.substring(0, 3) + word.substring(4);
		assertThat(found(typo)).contains(id);
		assertThat(entries.findById(id).orElseThrow().startYear()).isEqualTo(2019);
		assertThat(entries.findById(id).orElseThrow().endYear()).isEqualTo(2021);
	}

	@Test
	void aFormWithProblemsShowsEachFieldErrorAndSavesNothing() throws Exception {
		SignedInAccount author = accounts.person("Pat Problem", Role.PARTICIPANT);
		long before = entries.count();
		mvc.perform(
				entryForm("/knowledge/new", author, "", "summary", "", "type", "nonsense", "url", "javascript:alert(1)",
						"language", "fr", "publications", "A citation without a link", "translation", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Enter a summary")))
			.andExpect(content().string(containsString("Select the type of entry")))
			.andExpect(content().string(containsString("Enter a web address starting with https://")))
			.andExpect(content().string(containsString("Select English or Welsh")))
			.andExpect(content().string(containsString("Publication on line 1 must end with a link")))
			.andExpect(content().string(containsString("Enter the number or link of another entry")))
			.andExpect(content().string(containsString("Swansea Tenants Forum")));
		assertThat(entries.count()).isEqualTo(before);
		mvc.perform(get("/knowledge/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/knowledge/new").with(csrf()).param("title", "Anonymous"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries.count()).isEqualTo(before);
	}

	@Test
	void twoPeopleReportingACommentAtOnceAreBothCounted() throws Exception {
		SignedInAccount author = accounts.person("Cai Commenter", Role.PARTICIPANT);
		SignedInAccount first = accounts.person("Fflur First", Role.PARTICIPANT);
		SignedInAccount second = accounts.person("Sion Second", Role.PARTICIPANT);
		long entry = submit(author, "Repairs in Conwy " + UUID.randomUUID());
		long comment = knowledgeComments.post(entry, null, "Spam spam spam", "en", author);

		// The first report has read the comment when the second is counted and committed.
		TransactionTemplate reporting = new TransactionTemplate(transactionManager);
		TransactionTemplate meanwhile = new TransactionTemplate(transactionManager);
		meanwhile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		reporting.executeWithoutResult(status -> {
			assertThat(knowledgeComments.find(comment).reportCount()).isZero();
			meanwhile.executeWithoutResult(inner -> assertThat(knowledgeComments.report(comment, second)).isTrue());
			assertThat(knowledgeComments.report(comment, first)).isTrue();
		});

		assertThat(comments.findById(comment).orElseThrow().reportCount()).isEqualTo(2);
		assertThat(knowledgeComments.reported()).extracting(KnowledgeComment::id).contains(comment);
	}

	@Test
	void aReportMadeAsAModeratorShowsACommentAgainIsKept() throws Exception {
		SignedInAccount author = accounts.person("Cai Commenter", Role.PARTICIPANT);
		SignedInAccount first = accounts.person("Fflur First", Role.PARTICIPANT);
		SignedInAccount second = accounts.person("Sion Second", Role.PARTICIPANT);
		long entry = submit(author, "Repairs in Conwy " + UUID.randomUUID());
		long comment = knowledgeComments.post(entry, null, "Spam spam spam", "en", author);
		assertThat(knowledgeComments.report(comment, first)).isTrue();
		knowledgeComments.hide(comment, true);

		// Showing the comment again has read it, with the first report, when the second
		// report is counted and committed.
		TransactionTemplate showing = new TransactionTemplate(transactionManager);
		TransactionTemplate meanwhile = new TransactionTemplate(transactionManager);
		meanwhile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		showing.executeWithoutResult(status -> {
			assertThat(knowledgeComments.find(comment).reportCount()).isEqualTo(1);
			meanwhile.executeWithoutResult(inner -> assertThat(knowledgeComments.report(comment, second)).isTrue());
			knowledgeComments.hide(comment, false);
		});

		KnowledgeComment after = comments.findById(comment).orElseThrow();
		assertThat(after.hidden()).isFalse();
		assertThat(after.reportCount()).as("the report the moderator had not seen").isEqualTo(1);
		assertThat(knowledgeComments.reported()).extracting(KnowledgeComment::id).contains(comment);
	}

	@Test
	void aModeratorSendsAnEntryBackWithAReasonAndTheAuthorResubmitsIt() throws Exception {
		SignedInAccount author = accounts.person("Rhian Resubmit", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Mo Moderator", Role.MODERATOR);
		SignedInAccount other = accounts.person("Nia Neighbour", Role.PARTICIPANT);
		long id = submit(author, "Repairs in Neath");
		mvc.perform(
				post("/knowledge/review/{id}/send-back", id).with(user(moderator)).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter what the author needs to change")));
		assertThat(entries.findById(id).orElseThrow().status()).isEqualTo(EntryStatus.SUBMITTED);
		mvc.perform(post("/knowledge/review/{id}/send-back", id).with(user(moderator))
			.with(csrf())
			.param("reason", "Please name the organisations involved.")).andExpect(redirectedUrl("/knowledge/review"));
		assertThat(entries.findById(id).orElseThrow().status()).isEqualTo(EntryStatus.RETURNED);
		mvc.perform(get("/knowledge/mine").with(user(author)))
			.andExpect(content().string(containsString("Please name the organisations involved.")));
		mvc.perform(get("/knowledge/{id}", id).with(user(author)))
			.andExpect(content().string(containsString("Please name the organisations involved.")));

		mvc.perform(get("/knowledge/{id}/edit", id).with(user(other))).andExpect(status().isForbidden());
		mvc.perform(entryForm("/knowledge/" + id + "/edit", other, "Taken over")).andExpect(status().isForbidden());
		mvc.perform(entryForm("/knowledge/" + id + "/edit", author, "Repairs in Neath", "contributors",
				"Ann Jones – Neath Tenants Forum", "changeNote", "Named the forum"))
			.andExpect(redirectedUrl("/knowledge/" + id));
		KnowledgeEntry resubmitted = entries.findById(id).orElseThrow();
		assertThat(resubmitted.status()).isEqualTo(EntryStatus.SUBMITTED);
		assertThat(resubmitted.contributors()).isEqualTo("Ann Jones – Neath Tenants Forum");
		mvc.perform(entryForm("/knowledge/" + id + "/edit", moderator, "Repairs in Neath, 2019"))
			.andExpect(redirectedUrl("/knowledge/" + id));
		assertThat(entries.findById(id).orElseThrow().title()).isEqualTo("Repairs in Neath, 2019");
	}

	@Test
	void everySaveKeepsAVersionAndTheHistoryShowsAReadableDiff() throws Exception {
		SignedInAccount author = accounts.person("Val Version", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Meg Moderator", Role.MODERATOR);
		long id = submit(author, "Repairs in Bangor");
		mvc.perform(entryForm("/knowledge/" + id + "/edit", author, "Repairs together in Bangor", "summary",
				"Tenants and the housing team redesigned repairs.", "changeNote", "Shorter summary"))
			.andExpect(redirectedUrl("/knowledge/" + id));
		mvc.perform(get("/knowledge/{id}/history", id)).andExpect(status().isNotFound());
		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));
		mvc.perform(get("/knowledge/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Val Version")))
			.andExpect(content().string(containsString("Shorter summary")))
			.andExpect(content().string(not(containsString("@example.org"))));
		mvc.perform(get("/knowledge/{id}/history/compare", id).param("from", "1").param("to", "2"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Repairs <ins><span class=\"govuk-visually-hidden\">[added:</span>"
							+ "together <span class=\"govuk-visually-hidden\">]</span></ins>in Bangor")))
			.andExpect(content().string(containsString("<del><span class=\"govuk-visually-hidden\">[removed:</span>")));
		mvc.perform(get("/knowledge/{id}/history/compare", id).param("from", "1").param("to", "9"))
			.andExpect(status().isNotFound());
	}

	@Test
	void commentsShowDisplayNamesNeverEmailsAndModeratorsHideReportedOnes() throws Exception {
		SignedInAccount author = accounts.person("Carys Author", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Huw Moderator", Role.MODERATOR);
		SignedInAccount commenter = accounts.person("Dafydd Commenter", Role.PARTICIPANT);
		SignedInAccount reporter = accounts.person("Elin Reporter", Role.PARTICIPANT);
		long id = submit(author, "Repairs in Wrexham");
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter)).with(csrf()).param("body", "Too early"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));

		mvc.perform(post("/knowledge/{id}/comments", id).with(csrf()).param("body", "Anonymous"))
			.andExpect(status().is3xxRedirection());
		String tooLong = "In Rhyl " + "too ".repeat(1250);
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter)).with(csrf()).param("body", tooLong))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("<title>Error: Repairs in Wrexham – CoPro</title>")))
			.andExpect(content().string(containsString("href=\"#comment\"")))
			.andExpect(content().string(containsString("id=\"comment-error\"")))
			.andExpect(content().string(containsString("Comment must be 5,000 characters or fewer")))
			.andExpect(content().string(containsString(tooLong)));
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter)).with(csrf()).param("body", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your comment")));
		assertThat(comments.findByEntryIdOrderByCreatedAtAscIdAsc(id)).isEmpty();
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter))
			.with(csrf())
			.param("body", "We did this in Rhyl too."))
			.andExpect(redirectedUrlPattern("/knowledge/" + id + "#comment-*"));
		KnowledgeComment comment = comments.findByEntryIdOrderByCreatedAtAscIdAsc(id).get(0);
		assertThat(published.stream(CommentPosted.class)).contains(
				new CommentPosted(id, comment.id(), commenter.account().value(), "We did this in Rhyl too.", "en"));
		CommentPosted event = published.stream(CommentPosted.class)
			.filter(each -> each.comment() == comment.id())
			.findFirst()
			.orElseThrow();
		assertThat(event.tool()).isEqualTo("knowledge");
		assertThat(event.reference()).isEqualTo("comment:" + comment.id());
		assertThat(event.path()).startsWith("/knowledge/" + id);

		mvc.perform(post("/knowledge/{id}/comments", id).with(user(author))
			.with(csrf())
			.param("body", "Thank you, tell us more.")
			.param("parent", comment.id().toString())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/knowledge/{id}", id))
			.andExpect(content().string(containsString("Dafydd Commenter")))
			.andExpect(content().string(containsString("We did this in Rhyl too.")))
			.andExpect(content().string(containsString("Thank you, tell us more.")))
			.andExpect(content().string(not(containsString(commenter.getUsername()))))
			.andExpect(content().string(not(containsString(author.getUsername()))))
			.andExpect(content().string(not(containsString("@example.org"))));

		mvc.perform(post("/knowledge/comments/{c}/report", comment.id()).with(user(reporter)).with(csrf()))
			.andExpect(flash().attribute("notice", "knowledge.notice.reported"));
		mvc.perform(post("/knowledge/comments/{c}/report", comment.id()).with(user(reporter)).with(csrf()))
			.andExpect(flash().attribute("notice", "knowledge.notice.already-reported"));
		mvc.perform(get("/knowledge/review").with(user(moderator)))
			.andExpect(content().string(containsString("We did this in Rhyl too.")))
			.andExpect(content().string(containsString("Reported once")));
		mvc.perform(post("/knowledge/comments/{c}/hide", comment.id()).with(user(reporter)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/comments/{c}/hide", comment.id()).with(user(moderator))
			.with(csrf())
			.param("hidden", "true")).andExpect(flash().attribute("notice", "knowledge.notice.hidden"));
		mvc.perform(get("/knowledge/{id}", id))
			.andExpect(content().string(not(containsString("We did this in Rhyl too."))))
			.andExpect(content().string(containsString("This comment was hidden by a moderator.")))
			.andExpect(content().string(containsString("Thank you, tell us more.")));
		mvc.perform(post("/knowledge/comments/{c}/hide", comment.id()).with(user(moderator))
			.with(csrf())
			.param("hidden", "false"));
		mvc.perform(get("/knowledge/{id}", id)).andExpect(content().string(containsString("We did this in Rhyl too.")));
		assertThat(personalData.personalData(commenter.account()).toString()).contains("We did this in Rhyl too.")
			.doesNotContain("Thank you, tell us more.");

		// Published as the identity module does: inside the transaction that deletes the
		// account.
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(commenter.account())));
		for (int wait = 0; wait < 100 && !comments.findByAuthorAccount(commenter.account().value()).isEmpty(); wait++) {
			Thread.sleep(50);
		}
		assertThat(personalData.personalData(commenter.account()).toString()).doesNotContain("Rhyl");
		mvc.perform(get("/knowledge/{id}", id))
			.andExpect(content().string(containsString("We did this in Rhyl too.")))
			.andExpect(content().string(not(containsString("Dafydd Commenter"))))
			.andExpect(content().string(containsString("Former member")));
	}

	@Test
	void commentsAndRepliesAreMarkedWithTheLanguageTheyAreWrittenIn() throws Exception {
		SignedInAccount author = accounts.person("Gwen Author", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Gareth Moderator", Role.MODERATOR);
		SignedInAccount commenter = accounts.person("Llio Commenter", Role.PARTICIPANT);
		Locale welsh = Locale.forLanguageTag("cy");
		long id = submit(author, "Repairs in Llandudno " + UUID.randomUUID());
		mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));

		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter))
			.with(csrf())
			.param("body", "Rhaid i ni ddysgu o hyn.")
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#comment-language\"")))
			.andExpect(content().string(containsString("id=\"comment-language-error\"")))
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")))
			.andExpect(content().string(containsString("Rhaid i ni ddysgu o hyn.</textarea>")));
		assertThat(comments.findByEntryIdOrderByCreatedAtAscIdAsc(id)).isEmpty();

		// Welsh written on the English page, and English replied on the Welsh page.
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(commenter))
			.with(csrf())
			.param("body", "Rhaid i ni ddysgu o hyn.")
			.param("language", "cy")).andExpect(redirectedUrlPattern("/knowledge/" + id + "#comment-*"));
		KnowledgeComment welshComment = comments.findByEntryIdOrderByCreatedAtAscIdAsc(id).get(0);
		assertThat(welshComment.language()).isEqualTo("cy");
		assertThat(published.stream(CommentPosted.class)).contains(new CommentPosted(id, welshComment.id(),
				commenter.account().value(), "Rhaid i ni ddysgu o hyn.", "cy"));
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(author))
			.with(csrf())
			.locale(welsh)
			.param("body", "Fix it first.")
			.param("parent", welshComment.id().toString())
			.param("language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#reply-" + welshComment.id() + "-language\"")))
			.andExpect(content().string(containsString("id=\"reply-" + welshComment.id() + "-language-error\"")));
		mvc.perform(post("/knowledge/{id}/comments", id).with(user(author))
			.with(csrf())
			.locale(welsh)
			.param("body", "Fix it first.")
			.param("parent", welshComment.id().toString())
			.param("language", "en")).andExpect(redirectedUrlPattern("/knowledge/" + id + "#comment-*"));

		String english = mvc.perform(get("/knowledge/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).contains("<html lang=\"en\"")
			.contains("lang=\"cy\">Rhaid i ni ddysgu o hyn.</p>")
			.contains("lang=\"en\">Fix it first.</p>");
		String cymraeg = mvc.perform(get("/knowledge/{id}", id).with(user(commenter)).locale(welsh))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(cymraeg).contains("<html lang=\"cy\"")
			.contains("lang=\"cy\">Rhaid i ni ddysgu o hyn.</p>")
			.contains("lang=\"en\">Fix it first.</p>")
			.as("the comment form offers the page's language first")
			.containsPattern("value=\"cy\" id=\"comment-language-cy\" name=\"language\"\\s+checked");
		assertThat(personalData.personalData(commenter.account()).toString()).contains("language=cy");
	}

	@Test
	void aModeratorEditsAnImportedEntryAndItsFormerStateBecomesTheFirstVersion() throws Exception {
		KnowledgeFixture.load(knowledgeImport);
		SignedInAccount moderator = accounts.person("Imogen Moderator", Role.MODERATOR);
		KnowledgeEntry imported = entries.findByExternalId("fixture-org-1").orElseThrow();
		long id = imported.id();
		mvc.perform(get("/knowledge/{id}/history", id))
			.andExpect(content().string(containsString("has not been changed since it was imported")));
		mvc.perform(get("/knowledge/{id}/edit", id).with(user(moderator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"organisation\" checked")));
		mvc.perform(entryForm("/knowledge/" + id + "/edit", moderator, imported.title(), "type", "organisation",
				"summary", imported.summary() + " Updated.", "changeNote", "Checked the summary"))
			.andExpect(redirectedUrl("/knowledge/" + id));
		KnowledgeEntry edited = entries.findById(id).orElseThrow();
		assertThat(edited.status()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(edited.organiser()).isEqualTo(imported.organiser());
		mvc.perform(get("/knowledge/{id}/history", id))
			.andExpect(content().string(containsString("Not recorded")))
			.andExpect(content().string(containsString("Imogen Moderator")))
			.andExpect(content().string(containsString("Checked the summary")));
	}

	@Test
	void moderatorsCurateCollectionsOfPublishedEntriesInBothLanguages() throws Exception {
		SignedInAccount author = accounts.person("Col Author", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Col Moderator", Role.MODERATOR);
		long first = submit(author, "Repairs in Conwy");
		long second = submit(author, "Repairs in Aberystwyth");
		long unpublished = submit(author, "Repairs in Tenby");
		for (long id : List.of(first, second)) {
			mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));
		}
		mvc.perform(post("/knowledge/collections/new").with(user(author)).with(csrf()).param("titleEn", "Wales"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/collections/new").with(user(moderator))
			.with(csrf())
			.param("titleEn", "Wales")
			.param("titleCy", "")
			.param("entries", first + "\n" + unpublished))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a title in Welsh")))
			.andExpect(content().string(containsString("Line 2 is not a published entry")));
		MvcResult created = mvc
			.perform(post("/knowledge/collections/new").with(user(moderator))
				.with(csrf())
				.param("titleEn", "Wales")
				.param("titleCy", "Cymru")
				.param("descriptionEn", "Work from Wales")
				.param("descriptionCy", "Gwaith o Gymru")
				.param("entries", second + "\n/knowledge/" + first))
			.andExpect(redirectedUrlPattern("/knowledge/collections/*"))
			.andReturn();
		String path = created.getResponse().getRedirectedUrl();
		String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Work from Wales");
		assertThat(page.indexOf("Repairs in Aberystwyth")).isLessThan(page.indexOf("Repairs in Conwy"));
		mvc.perform(get(path).param("lang", "cy")).andExpect(content().string(containsString("Gwaith o Gymru")));
		mvc.perform(get("/knowledge/collections")).andExpect(content().string(containsString("Wales")));
	}

	@Test
	void anEntryLinksToItsTranslationWithItsLanguage() throws Exception {
		SignedInAccount author = accounts.person("Tra Translator", Role.PARTICIPANT);
		SignedInAccount moderator = accounts.person("Tra Moderator", Role.MODERATOR);
		long english = submit(author, "Repairs in Caernarfon");
		MvcResult created = mvc
			.perform(entryForm("/knowledge/new", author, "Atgyweirio yng Nghaernarfon", "language", "cy", "translation",
					"/knowledge/" + english))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long welsh = Long
			.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/knowledge/(\\d+)\\?.*$", "$1"));
		for (long id : List.of(english, welsh)) {
			mvc.perform(post("/knowledge/review/{id}/publish", id).with(user(moderator)).with(csrf()));
		}
		mvc.perform(get("/knowledge/{id}", english))
			.andExpect(content().string(containsString("hreflang=\"cy\" lang=\"cy\"")))
			.andExpect(content().string(containsString("Darllenwch hwn yn Gymraeg: Atgyweirio yng Nghaernarfon")));
		mvc.perform(get("/knowledge/{id}", welsh))
			.andExpect(content().string(containsString("hreflang=\"en\" lang=\"en\"")))
			.andExpect(content().string(containsString("Read this in English: Repairs in Caernarfon")));
	}

	@Test
	void attachmentsAreCheckedByContentAndSizeAndServedWithTheirType() throws Exception {
		SignedInAccount author = accounts.person("Ada Attacher", Role.PARTICIPANT);
		SignedInAccount other = accounts.person("Ozzy Other", Role.PARTICIPANT);
		long id = submit(author, "Repairs in Bala");
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
		mvc.perform(multipart("/knowledge/{id}/attachments", id)
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", pdf))
			.with(user(other))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/knowledge/{id}/attachments", id)
			.file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.with(user(author))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#file\"")))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("The file must be a PDF, PNG or JPEG")));
		byte[] large = new byte[(int) KnowledgeAttachments.MAX_BYTES + 1];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		mvc.perform(multipart("/knowledge/{id}/attachments", id)
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
			.with(user(author))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file must be 10 MB or smaller")));
		mvc.perform(multipart("/knowledge/{id}/attachments", id)
			.file(new MockMultipartFile("file", "../../Repairs report.pdf", "text/plain", pdf))
			.with(user(author))
			.with(csrf())).andExpect(flash().attribute("notice", "knowledge.notice.attached"));
		String page = mvc.perform(get("/knowledge/{id}", id).with(user(author)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Repairs report.pdf (PDF, 1 KB)");
		String link = page.replaceAll("(?s).*href=\"(/knowledge/" + id + "/attachments/\\d+)\".*", "$1");
		mvc.perform(get(link)).andExpect(status().isNotFound());
		mvc.perform(get(link).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"Repairs report.pdf\"")))
			.andExpect(content().bytes(pdf));
	}

}
