package org.copro.accountability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.copro.conversations.StatementSubmitted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The "you said, we did" journey through real tools: a statement submitted in a conversation arrives in the log
 * (after the conversation's transaction commits, asynchronously), a facilitator answers it, and its author sees
 * the answer.
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
				"Keep the library open on Saturdays");
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		awaitListenersDone();
		assertThat(accountability.inputOf(author.account())).hasSize(1);
		assertThat(accountability.record(again)).isFalse();
		assertThat(items.findAll()).filteredOn(each -> each.reference().equals(item.reference())).hasSize(1);
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
	}

	/** Submits a statement in a new conversation as a participant, and waits for it to reach the log. */
	InputItem statementFrom(SignedInAccount author, String text) throws Exception {
		SignedInAccount facilitator = people.person("Fran Facilitator", Role.FACILITATOR);
		MvcResult started = mvc.perform(post("/conversations").with(user(facilitator)).with(csrf())
						.param("title", "Our library").param("question", "What should the library do next?")
						.param("open", "true").param("_open", "on")
						.param("participantStatements", "true").param("_participantStatements", "on")
						.param("moderation", "VISIBLE_BEFORE_REVIEW")
						.param("seedStatements", "More Welsh books"))
				.andExpect(redirectedUrlPattern("/conversations/*/moderate?started"))
				.andReturn();
		long conversation = Long.parseLong(
				started.getResponse().getRedirectedUrl().replaceAll("^/conversations/(\\d+)/.*$", "$1"));
		mvc.perform(post("/conversations/{id}/statements", conversation).with(user(author)).with(csrf())
						.param("text", text))
				.andExpect(redirectedUrlPattern("/conversations/*"));
		// The log hears of it after the conversation's transaction commits, on another thread.
		return await().atMost(PATIENCE).until(() -> accountability.inputOf(author.account()).keySet().stream()
				.filter(each -> each.excerpt().equals(text)).findFirst().orElse(null), found -> found != null);
	}

	void awaitListenersDone() {
		await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class) == 0L);
	}
}
