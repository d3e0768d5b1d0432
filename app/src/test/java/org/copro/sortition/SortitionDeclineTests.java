package org.copro.sortition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.engines.sortition.Algorithm;
import org.copro.engines.sortition.PanelChecks;
import org.copro.engines.sortition.Respondent;
import org.copro.engines.sortition.SelectionProblem;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.identity.TestMailbox;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
 * A drawn volunteer accepts or declines their own place; a declined seat is refilled
 * keeping every quota.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SortitionDeclineTests {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(9_100_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recruitments recruitments;

	@Autowired
	VolunteerRepository volunteerRepository;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSelectedVolunteerDeclinesAndTheReplacementKeepsTheQuotas() throws Exception {
		SignedInAccount organiser = accounts.person("Owner", Role.FACILITATOR);
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser.account());
		List<SignedInAccount> people = new ArrayList<>();
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < 12; i++) {
			SignedInAccount person = accounts.person("Volunteer " + i, Role.PARTICIPANT);
			people.add(person);
			assertThat(recruitments.register(id, person.account(), "Volunteer " + i, "v@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1])))
				.isTrue();
		}
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 17, null).orElseThrow();

		Volunteer member = panel(id).get(0);
		SignedInAccount chosen = people.stream()
			.filter(p -> p.account().equals(member.account()))
			.findFirst()
			.orElseThrow();
		SignedInAccount notChosen = people.stream()
			.filter(p -> recruitments.registration(id, p.account()).orElseThrow().status() == VolunteerStatus.POOL)
			.findFirst()
			.orElseThrow();

		for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
			mvc.perform(get("/sortition/{id}", id).with(user(chosen)).locale(language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/sortition/" + id + "/place")))
				.andExpect(content().string(not(containsString("??"))));
		}
		mvc.perform(get("/sortition/{id}", id).with(user(notChosen)))
			.andExpect(content().string(not(containsString("Decline my place"))));

		// Only a panel member answers for a place, and only their own.
		mvc.perform(post("/sortition/{id}/place", id).with(user(notChosen)).with(csrf()).param("response", "decline"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/sortition/{id}/place", id).with(csrf()).param("response", "decline"))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/sortition/{id}/place", id).with(user(chosen)).with(csrf()).param("response", "maybe"))
			.andExpect(status().isBadRequest());
		assertThat(recruitments.registration(id, notChosen.account()).orElseThrow().status())
			.isEqualTo(VolunteerStatus.POOL);

		mvc.perform(post("/sortition/{id}/place", id).with(user(chosen)).with(csrf()).param("response", "accept"))
			.andExpect(redirectedUrl("/sortition/" + id));
		assertThat(volunteerRepository.findById(member.id()).orElseThrow().accepted()).isTrue();
		mvc.perform(get("/sortition/{id}", id).with(user(chosen)))
			.andExpect(content().string(containsString("You have accepted your place")));
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(content().string(containsString("Accepted</strong>")));

		mvc.perform(post("/sortition/{id}/place", id).with(user(chosen)).with(csrf()).param("response", "decline"))
			.andExpect(redirectedUrl("/sortition/" + id));
		Volunteer declined = volunteerRepository.findById(member.id()).orElseThrow();
		assertThat(declined.status()).isEqualTo(VolunteerStatus.DECLINED);
		assertThat(declined.seatOpen()).isTrue();
		assertThat(panel(id)).hasSize(3);
		mvc.perform(get("/sortition/{id}", id).with(user(chosen)))
			.andExpect(content().string(containsString("You have given up your place")))
			.andExpect(content().string(not(containsString("Decline my place"))));
		mvc.perform(post("/sortition/{id}/place", id).with(user(chosen)).with(csrf()).param("response", "accept"))
			.andExpect(status().isForbidden());

		// The organisers see it, and the existing replacement draw refills the seat
		// within the quotas.
		for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
			mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)).locale(language))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(content()
				.string(containsString("Volunteer number " + member.poolNumber() + " has declined their place")))
			.andExpect(content().string(containsString("Panel members (3)")));
		mvc.perform(post("/sortition/{id}/volunteers/{volunteer}/replace", id, member.id()).with(user(organiser))
			.with(csrf())).andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(panel(id)).hasSize(4);
		assertThat(panelViolations(id)).isEmpty();
		Volunteer after = volunteerRepository.findById(member.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(VolunteerStatus.DECLINED);
		assertThat(after.seatOpen()).isFalse();
		assertThat(recruitments.find(id).replacements()).isEqualTo(1);
		// The replacement is told, in their own notice, that the place is theirs to
		// accept or decline.
		Volunteer replacement = panel(id).stream()
			.filter(v -> v.id() != member.id() && v.status() == VolunteerStatus.REPLACEMENT)
			.findFirst()
			.orElseThrow();
		SignedInAccount replacementPerson = people.stream()
			.filter(p -> p.account().equals(replacement.account()))
			.findFirst()
			.orElseThrow();
		TestMailbox.Mail notice = await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.to(replacementPerson.getUsername())
				.stream()
				.filter(mail -> mail.subject().startsWith("A place on the panel"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(notice.subject()).contains(recruitments.find(id).title());
		assertThat(notice.body()).contains("Hello Volunteer ")
			.contains("drawn by lot to take it")
			.contains("/sortition/" + id);
		assertThat(mailbox.to(chosen.getUsername()))
			.noneMatch(mail -> mail.subject().startsWith("A place on the panel"));
		mvc.perform(get("/sortition/{id}/manage", id).with(user(organiser)))
			.andExpect(content().string(not(containsString("has declined their place"))));
		// The seat is filled: replacing the same person again changes nothing.
		assertThat(recruitments.replace(id, member.id())).isEmpty();
		assertThat(panel(id)).hasSize(4);
	}

	@Test
	void everyVolunteerIsToldWhetherTheyWereSelected() throws Exception {
		AccountId organiser = new AccountId(NEXT_ACCOUNT.incrementAndGet());
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser);
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < 8; i++) {
			SignedInAccount person = accounts.person("Told " + i, Role.PARTICIPANT);
			recruitments.register(id, person.account(), "Told " + i, "t@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}
		// Someone whose account cannot be reached (no verified address) is not marked as
		// told.
		recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "Unreachable", "u@example.org", null,
				null, Map.of("gender", "man", "age", "45+"));
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 3, null).orElseThrow();

		long deadline = System.currentTimeMillis() + 20_000;
		while (recruitments.volunteers(id).stream().filter(Volunteer::notified).count() < 8
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		List<Volunteer> pool = recruitments.volunteers(id);
		assertThat(pool.stream().filter(v -> !"Unreachable".equals(v.name()))).allMatch(Volunteer::notified);
		assertThat(pool.stream().filter(v -> "Unreachable".equals(v.name()))).noneMatch(Volunteer::notified);
		assertThat(pool.stream().filter(v -> v.status().onPanel())).hasSize(4);
	}

	/**
	 * A recruitment of 4 seats drawn from 8 volunteers whose accounts no notice reaches,
	 * so that nothing changes them behind a test's back.
	 */
	private long drawnWithoutReachableAccounts(String name, @Nullable String accessNeeds) {
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), new AccountId(NEXT_ACCOUNT.incrementAndGet()));
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < 8; i++) {
			recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), name + " " + i, "v@example.org",
					accessNeeds, null, Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 5, null).orElseThrow();
		return id;
	}

	@Test
	void anAnswerForAPlaceAndTheNoticeOfTheDrawDoNotOverwriteEachOther() {
		// People without a reachable account are never marked as told by the notices, so
		// the test marks one itself, between the moment the answer reads the volunteer
		// and the moment it saves: as the notices do when someone answers straight away.
		long id = drawnWithoutReachableAccounts("Quick", null);
		Volunteer member = panel(id).get(0);
		assertThat(member.notified()).isFalse();

		TransactionTemplate answer = new TransactionTemplate(transactions);
		TransactionTemplate notice = new TransactionTemplate(transactions);
		notice.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		answer.executeWithoutResult(status -> {
			assertThat(volunteerRepository.findById(member.id())).isPresent();
			notice.executeWithoutResult(inner -> volunteerRepository.markNotified(member.id()));
			assertThat(recruitments.respond(id, member.account(), true)).isTrue();
		});

		Volunteer after = volunteerRepository.findById(member.id()).orElseThrow();
		assertThat(after.accepted()).isTrue();
		assertThat(after.notified()).isTrue();
	}

	@Test
	void aVolunteerSeatedAsAReplacementJustAsTheirAccountIsDeletedIsForgottenOnThePanel() {
		long id = drawnWithoutReachableAccounts("Leaving", "Step-free access");
		Volunteer declining = panel(id).get(0);

		// The forgetting has read the volunteers when the organiser seats a replacement,
		// and the replacement's account is the one being deleted.
		TransactionTemplate deleting = new TransactionTemplate(transactions);
		TransactionTemplate replacing = new TransactionTemplate(transactions);
		replacing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Volunteer seated = deleting.execute(status -> {
			assertThat(volunteerRepository.findByRecruitmentIdOrderByPoolNumber(id)).hasSize(8);
			Volunteer replacement = replacing.execute(inner -> recruitments.replace(id, declining.id()).orElseThrow());
			recruitments.forget(replacement.account());
			return replacement;
		});

		Volunteer after = volunteerRepository.findById(seated.id()).orElseThrow();
		assertThat(after.status().onPanel()).isTrue();
		assertThat(after.anonymised()).isTrue();
		assertThat(after.account()).isNull();
		assertThat(after.name()).isNull();
	}

	@Test
	void nobodyAnswersBeforeTheDraw() throws Exception {
		SignedInAccount volunteer = accounts.person("Early", Role.PARTICIPANT);
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), new AccountId(NEXT_ACCOUNT.incrementAndGet()));
		recruitments.register(id, volunteer.account(), "Early", "e@example.org", null, null,
				Map.of("gender", "woman", "age", "45+"));
		mvc.perform(post("/sortition/{id}/place", id).with(user(volunteer)).with(csrf()).param("response", "decline"))
			.andExpect(status().isForbidden());
		assertThat(recruitments.registration(id, volunteer.account()).orElseThrow().status())
			.isEqualTo(VolunteerStatus.POOL);
	}

	private List<Volunteer> panel(long id) {
		return recruitments.volunteers(id).stream().filter(v -> v.status().onPanel()).toList();
	}

	private List<String> panelViolations(long id) {
		Recruitment recruitment = recruitments.find(id);
		List<Respondent> respondents = new ArrayList<>();
		for (Volunteer volunteer : recruitments.volunteers(id)) {
			respondents.add(new Respondent(volunteer.publicId(), volunteer.answers(), null));
		}
		SelectionProblem problem = new SelectionProblem(PanelLottery.quotas(recruitment), respondents,
				recruitment.panelSize());
		return PanelChecks.violations(problem, panel(id).stream().map(Volunteer::publicId).toList());
	}

}
