package org.copro.sortition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.engines.sortition.Algorithm;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draw under way is visible at once, a second click cannot start a second draw, and a
 * draw cut short by a crash does not block the jury.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SortitionDrawGuardTests {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(9_300_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recruitments recruitments;

	@Autowired
	SortitionSchedule schedule;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondClickDuringTheDrawStartsNothing() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = closedWithPool(organiser.account());
		// The first click has marked the draw as under way (in its own, committed
		// transaction).
		assertThat(recruitments.startDraw(id)).isTrue();
		assertThat(recruitments.startDraw(id)).isFalse();

		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "99")
			.param("algorithm", "LEXIMIN"))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"))
			.andExpect(flash().attribute("notice", "sortition.manage.drawing"));
		assertThat(recruitments.find(id).drawing()).isTrue();
		for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
			mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)).locale(language))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))))
				.andExpect(content().string(not(containsString("name=\"seed\""))));
		}
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(content().string(containsString("The draw is under way")));
		mvc.perform(get("/sortition").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Being drawn")));

		// The first draw finishes with its own seed.
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 7, null).orElseThrow();
		assertThat(recruitments.find(id).drawn()).isTrue();
		assertThat(recruitments.find(id).seed()).isEqualTo(7L);
	}

	@Test
	void twoClicksAtOnceDrawOnce() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = closedWithPool(organiser.account());
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Object>> clicks = new ArrayList<>();
		for (String seed : List.of("11", "22")) {
			clicks.add(() -> {
				start.await();
				return mvc
					.perform(post("/sortition/{id}/draw", id).with(user(organiser))
						.with(csrf())
						.param("seed", seed)
						.param("algorithm", "LEXIMIN"))
					.andReturn()
					.getFlashMap()
					.get("notice");
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> answers = new ArrayList<>();
			for (Callable<Object> click : clicks) {
				answers.add(pool.submit(click));
			}
			start.countDown();
			List<Object> notices = new ArrayList<>();
			for (Future<Object> answer : answers) {
				notices.add(answer.get());
			}
			assertThat(notices).containsOnlyOnce("sortition.manage.drawn");
			assertThat(notices)
				.anyMatch(n -> "sortition.manage.drawing".equals(n) || "sortition.manage.not-ready".equals(n));
		}
		finally {
			pool.shutdown();
		}
		assertThat(recruitments.find(id).drawn()).isTrue();
		assertThat(recruitments.volunteers(id).stream().filter(v -> v.status().onPanel())).hasSize(4);
	}

	@Test
	void aDrawThatFailsLeavesTheRecruitmentReadyToDrawAgain() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser.account());
		for (int i = 0; i < 3; i++) {
			recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "V", "v@example.org", null, null,
					Map.of("gender", "woman", "age", "45+"));
		}
		recruitments.close(id);
		mvc.perform(post("/sortition/{id}/draw", id).with(user(organiser))
			.with(csrf())
			.param("seed", "5")
			.param("algorithm", "LEXIMIN"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The panel cannot be drawn")));
		assertThat(recruitments.find(id).status()).isEqualTo(RecruitmentStatus.CLOSED);
		recruitments.startDraw(id);
		recruitments.abandonDraw(id);
		assertThat(recruitments.find(id).status()).isEqualTo(RecruitmentStatus.CLOSED);
	}

	@Test
	void aDrawCutShortByACrashIsPutBackAtStartUpAndAfterTheTimeout() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		// One jury closed by hand, one still open past its closing date: each goes back
		// to where it was.
		long closed = closedWithPool(organiser.account());
		long pastClosing = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().minusDays(1),
				null, QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser.account());
		long running = closedWithPool(organiser.account());
		for (long id : List.of(closed, pastClosing, running)) {
			assertThat(recruitments.startDraw(id)).isTrue();
		}
		// The first two draws began in a process that has since stopped; the third one is
		// running now.
		Instant beforeStartUp = Instant.ofEpochMilli(context.getStartupDate()).minusSeconds(60);
		for (long id : List.of(closed, pastClosing)) {
			jdbc.update("UPDATE sortition_recruitment SET draw_started_at = ? WHERE id = ?",
					Timestamp.from(beforeStartUp), id);
		}

		schedule.releaseDrawsCutShortByARestart(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

		assertThat(recruitments.find(closed).status()).isEqualTo(RecruitmentStatus.CLOSED);
		assertThat(recruitments.find(pastClosing).status()).isEqualTo(RecruitmentStatus.OPEN);
		assertThat(recruitments.find(running).drawing()).isTrue();
		// The timeout leaves a recent draw alone and puts back one running far too long.
		schedule.releaseDrawsThatTimedOut();
		assertThat(recruitments.find(running).drawing()).isTrue();
		jdbc.update("UPDATE sortition_recruitment SET draw_started_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(2))), running);
		schedule.releaseDrawsThatTimedOut();
		assertThat(recruitments.find(running).status()).isEqualTo(RecruitmentStatus.CLOSED);

		// The organisers can draw again, and the page no longer says a draw is under way.
		mvc.perform(get("/sortition/{id}/manage", closed).with(user(organiser)))
			.andExpect(content().string(not(containsString("The draw is under way"))))
			.andExpect(content().string(containsString("name=\"seed\"")));
		mvc.perform(post("/sortition/{id}/draw", closed).with(user(organiser))
			.with(csrf())
			.param("seed", "41")
			.param("algorithm", "LEXIMIN")).andExpect(flash().attribute("notice", "sortition.manage.drawn"));
		assertThat(recruitments.find(closed).drawn()).isTrue();
	}

	private long closedWithPool(AccountId organiser) {
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser);
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < 10; i++) {
			recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "V", "v@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}
		recruitments.close(id);
		return id;
	}

}
