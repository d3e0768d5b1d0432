package org.copro.sortition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.copro.engines.sortition.Algorithm;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The facilitator changes a recruitment before the draw, and reopens one that closed. */
@SpringBootTest
@AutoConfigureMockMvc
class SortitionEditTests {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(9_200_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recruitments recruitments;

	@Autowired
	RecruitmentRepository recruitmentRepository;

	@Test
	void theOrganiserEditsAndOthersAreRefused() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.FACILITATOR);
		SignedInAccount other = accounts.person("Other", Role.FACILITATOR);
		SignedInAccount participant = accounts.person("Pat", Role.PARTICIPANT);
		long id = open(owner.account());
		LocalDate later = LocalDate.now().plusDays(30);

		for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
			mvc.perform(get("/sortition/{id}/edit", id).with(user(owner)).locale(language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("gender,woman,2,2,51200")))
				.andExpect(content().string(not(containsString("??"))));
		}
		for (SignedInAccount outsider : List.of(other, participant)) {
			mvc.perform(get("/sortition/{id}/edit", id).with(user(outsider))).andExpect(status().isForbidden());
			mvc.perform(edit(id, outsider, "Hijacked", "6", later, SortitionFlowTests.QUOTAS))
				.andExpect(status().isForbidden());
			mvc.perform(post("/sortition/{id}/reopen", id).with(user(outsider)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(recruitments.find(id).invitation()).isEqualTo("Join us");

		// Bad input: field errors, nothing saved.
		mvc.perform(edit(id, owner, "", "none", LocalDate.now().minusDays(1), "gender,woman,9,9,1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the panel size as a whole number from 1 to 1,000")))
			.andExpect(content().string(containsString("<title>Error: Change the recruitment – CoPro</title>")));
		assertThat(recruitments.find(id).panelSize()).isEqualTo(4);

		// Before anyone registers, everything may change, quotas included.
		String quotas = "gender,woman,3,3,51200\ngender,man,3,3,48800\n";
		mvc.perform(edit(id, owner, "Come and help decide", "6", later, quotas))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		Recruitment edited = recruitments.find(id);
		assertThat(edited.invitation()).isEqualTo("Come and help decide");
		assertThat(edited.panelSize()).isEqualTo(6);
		assertThat(edited.closesOn()).isEqualTo(later);
		assertThat(edited.quotas()).hasSize(2);
		mvc.perform(get("/sortition/{id}", id)).andExpect(content().string(containsString("Come and help decide")));

		// Once someone has registered, the quotas are locked with a clear message; the
		// rest may still change.
		recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "Val", "v@example.org", null, null,
				Map.of("gender", "woman"));
		mvc.perform(edit(id, owner, "Changed again", "6", later, "gender,woman,2,4,51200\ngender,man,2,4,48800\n"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot change once volunteers have registered")));
		assertThat(recruitments.find(id).invitation()).isEqualTo("Come and help decide");
		mvc.perform(edit(id, owner, "Changed again", "6", later, quotas))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).invitation()).isEqualTo("Changed again");
	}

	@Test
	void aClosedRecruitmentReopensUntilItIsDrawn() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.FACILITATOR);
		long id = open(owner.account());
		recruitments.close(id);
		mvc.perform(get("/sortition/{id}/manage", id).with(user(owner)))
			.andExpect(content().string(containsString("Reopen the recruitment")));
		mvc.perform(post("/sortition/{id}/reopen", id).with(user(owner)).with(csrf()))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).status()).isEqualTo(RecruitmentStatus.OPEN);
		assertThat(recruitments.find(id).takesVolunteers(LocalDate.now())).isTrue();

		// Drawn: no more editing or reopening.
		String[][] mixes = { { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" }, { "man", "16-44" } };
		for (int i = 0; i < 8; i++) {
			recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "V", "v@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 1, null).orElseThrow();
		mvc.perform(post("/sortition/{id}/reopen", id).with(user(owner)).with(csrf()))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).drawn()).isTrue();
		mvc.perform(get("/sortition/{id}/edit", id).with(user(owner)))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		mvc.perform(edit(id, owner, "Too late", "4", LocalDate.now().plusDays(3), SortitionFlowTests.QUOTAS))
			.andExpect(redirectedUrl("/sortition/" + id + "/manage"));
		assertThat(recruitments.find(id).invitation()).isEqualTo("Join us");
	}

	@Test
	void reopeningAfterTheClosingDateShowsTheEditFormWithTheDateInError() throws Exception {
		SignedInAccount owner = accounts.person("Owner", Role.FACILITATOR);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		long id = recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, yesterday, null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), owner.account());
		recruitments.close(id);
		mvc.perform(post("/sortition/{id}/reopen", id).with(user(owner)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: Change the recruitment")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#closesDay\">The closing date has passed. "
					+ "Choose a new closing date, save it, then reopen the recruitment.</a>")))
			.andExpect(content().string(containsString("id=\"closesDay-error\"")))
			.andExpect(content().string(containsString("closes-hint closesDay-error")))
			.andExpect(content().string(containsString("value=\"" + yesterday.getDayOfMonth() + "\"")))
			.andExpect(content().string(containsString("action=\"/sortition/" + id + "/edit\"")));
		mvc.perform(
				post("/sortition/{id}/reopen", id).with(user(owner)).with(csrf()).locale(Locale.forLanguageTag("cy")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mae problem wedi codi")))
			.andExpect(content().string(containsString(
					"<a href=\"#closesDay\">Mae&#39;r dyddiad cau wedi mynd heibio. Dewiswch ddyddiad")));
		assertThat(recruitments.find(id).status()).isEqualTo(RecruitmentStatus.CLOSED);
	}

	private long open(AccountId organiser) {
		return recruitments.open("Jury " + UUID.randomUUID(), "Join us", 4, LocalDate.now().plusDays(7), null,
				QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(), organiser);
	}

	private static MockHttpServletRequestBuilder edit(long id, SignedInAccount who, String invitation, String panelSize,
			LocalDate closes, String quotas) {
		return post("/sortition/{id}/edit", id).with(user(who))
			.with(csrf())
			.param("title", "Jury")
			.param("invitation", invitation)
			.param("panelSize", panelSize)
			.param("closesDay", Integer.toString(closes.getDayOfMonth()))
			.param("closesMonth", Integer.toString(closes.getMonthValue()))
			.param("closesYear", Integer.toString(closes.getYear()))
			.param("quotas", quotas);
	}

}
