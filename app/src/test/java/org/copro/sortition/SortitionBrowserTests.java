package org.copro.sortition;

import org.copro.identity.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.engines.sortition.Algorithm;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of a citizens' jury: a facilitator opens recruitment, people volunteer, the
 * facilitator checks the targets, draws the panel and replaces someone who declines, and
 * everyone reads the result.
 */
class SortitionBrowserTests extends BrowserTestSupport {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(8_000_000_000L);

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recruitments recruitments;

	@Test
	void recruitmentRegistrationsDrawAndPublicResult() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String volunteer = accounts.create("Val Volunteer", Role.PARTICIPANT);
		LocalDate closes = LocalDate.now().plusDays(21);

		signIn(facilitator);
		page.navigate(url("/sortition"));
		assertThat(page.locator("h1")).hasText("Citizens' juries and panels");
		check();
		click(AriaRole.BUTTON, "Open a recruitment");
		check();
		click(AriaRole.BUTTON, "Open the recruitment");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		check();

		page.getByLabel("Name of the jury or panel").fill("Riverside citizens' jury on clean air");
		page.getByLabel("Invitation").fill("Twelve evenings in spring at the library. Paid for your time.");
		page.getByLabel("Panel size").fill("4");
		page.getByLabel("Day").fill(Integer.toString(closes.getDayOfMonth()));
		page.getByLabel("Month").fill(Integer.toString(closes.getMonthValue()));
		page.getByLabel("Year").fill(Integer.toString(closes.getYear()));
		page.getByLabel("Source of the population figures").fill("Census 2021, Riverside ward");
		page.getByLabel("Questions, answers and targets")
			.fill("gender,woman,2,2,51200\ngender,man,2,x,48800\nage,16-44,1,3,45000\nage,45+,1,3,55000");
		click(AriaRole.BUTTON, "Open the recruitment");
		assertThat(page.locator("#quotas-error")).containsText("Line 2:");
		check();
		screenshot("sortition-new-error-en");
		page.getByLabel("Questions, answers and targets").fill(SortitionFlowTests.QUOTAS);
		click(AriaRole.BUTTON, "Open the recruitment");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The recruitment is open");
		check();
		long id = Long.parseLong(page.url().replaceAll("^.*/sortition/(\\d+)/manage.*$", "$1"));
		signOut();

		signIn(volunteer);
		page.navigate(url("/sortition/" + id));
		assertThat(page.locator("h1")).hasText("Riverside citizens' jury on clean air");
		check();
		click(AriaRole.BUTTON, "Volunteer for this panel");
		check();
		click(AriaRole.BUTTON, "Volunteer");
		assertThat(page.locator(".govuk-error-summary")).containsText("Select your answer for gender");
		check();
		page.getByLabel("Email address or phone number").fill("val@example.org");
		page.locator("#answers-0").check();
		page.locator("#answers-1-1").check();
		page.getByLabel("Access needs").fill("A quiet room, please");
		page.getByLabel("I agree that I may be drawn by lot").check();
		page.getByLabel("I agree that the organisers may contact me").check();
		click(AriaRole.BUTTON, "Volunteer");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Thank you for volunteering");
		screenshot("sortition-volunteered-en");
		assertThat(page.locator("main")).not().containsText("A quiet room");
		check();
		signOut();

		String[][] mixes = { { "man", "16-44" }, { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" } };
		for (int i = 0; i < 11; i++) {
			recruitments.register(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), "Volunteer " + i,
					"volunteer" + i + "@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}

		signIn(facilitator);
		page.navigate(url("/sortition/" + id + "/manage"));
		assertThat(page.locator("main")).containsText("A quiet room, please");
		check();
		click(AriaRole.BUTTON, "Close registration now");
		assertThat(page.locator(".govuk-inset-text")).containsText("can meet every target");
		check();
		click(AriaRole.BUTTON, "Draw the panel");
		assertThat(page.locator("#seed-error")).isVisible();
		check();
		page.getByLabel("Seed", new Page.GetByLabelOptions().setExact(true)).fill("3 11 24 35 41 52");
		page.getByLabel("Where the seed comes from").fill("National Lottery, Saturday 5 December");
		click(AriaRole.BUTTON, "Draw the panel");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The panel has been drawn");
		check();
		page.locator("table").first().getByRole(AriaRole.BUTTON).first().click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("A replacement has been drawn");
		check();
		screenshot("sortition-manage-en");
		assertThat(recruitments.volunteers(id).stream().filter(v -> v.status().onPanel()).count()).isEqualTo(4);

		click(AriaRole.LINK, "See the result of the draw");
		assertThat(page.locator("h1")).hasText("Result of the draw");
		assertThat(page.locator("main")).containsText("31124354152");
		assertThat(page.locator("main")).containsText("./copro sortition select");
		assertThat(page.locator("main")).not().containsText("Val Volunteer");
		assertThat(page.locator("main")).not().containsText("A quiet room");
		check();
		screenshot("sortition-result-en");

		page.locator(".copro-language-switch a").click();
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Canlyniad y tynnu");
		check();
		screenshot("sortition-result-cy");

		page.navigate(url("/sortition?lang=cy"));
		assertThat(page.locator("h1")).hasText("Rheithgorau a phaneli dinasyddion");
		check();
	}

	@Test
	void aSelectedVolunteerDeclinesAndTheOrganiserDrawsAReplacement() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		long id = recruitments.open("Riverside panel on buses", "Four evenings in autumn.", 4,
				LocalDate.now().plusDays(7), "Census 2021", QuotaTable.parse(SortitionFlowTests.QUOTAS, 4).quotas(),
				accounts.signedIn(facilitator).account());
		Map<AccountId, String> emails = new java.util.HashMap<>();
		String[][] mixes = { { "man", "16-44" }, { "woman", "16-44" }, { "man", "45+" }, { "woman", "45+" } };
		for (int i = 0; i < 12; i++) {
			String email = accounts.create("Volunteer " + i, Role.PARTICIPANT);
			AccountId account = accounts.signedIn(email).account();
			emails.put(account, email);
			recruitments.register(id, account, "Volunteer " + i, "volunteer" + i + "@example.org", null, null,
					Map.of("gender", mixes[i % 4][0], "age", mixes[i % 4][1]));
		}
		recruitments.close(id);
		recruitments.drawPanel(id, Algorithm.LEXIMIN, 2026, "a published number").orElseThrow();
		Volunteer member = recruitments.volunteers(id)
			.stream()
			.filter(v -> v.status().onPanel())
			.findFirst()
			.orElseThrow();

		signIn(emails.get(member.account()));
		page.navigate(url("/sortition/" + id + "?lang=cy"));
		assertThat(page.locator("main")).containsText("Eich lle ar y panel");
		check();
		screenshot("sortition-place-cy");
		page.navigate(url("/sortition/" + id + "?lang=en"));
		assertThat(page.locator("main")).containsText("Your place on the panel");
		check();
		screenshot("sortition-place-en");
		click(AriaRole.BUTTON, "Decline my place");
		assertThat(page.locator(".govuk-notification-banner")).containsText("You have declined your place");
		check();
		signOut();

		signIn(facilitator);
		page.navigate(url("/sortition/" + id + "/manage?lang=cy"));
		check();
		page.navigate(url("/sortition/" + id + "/manage?lang=en"));
		assertThat(page.locator("main"))
			.containsText("Volunteer number " + member.poolNumber() + " has declined their place");
		check();
		screenshot("sortition-declined-en");
		page.locator("form[action$='/volunteers/" + member.id() + "/replace'] button").click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("A replacement has been drawn");
		assertThat(page.locator("main")).not().containsText("has declined their place");
		check();
		assertThat(recruitments.volunteers(id).stream().filter(v -> v.status().onPanel()).count()).isEqualTo(4);
		page.navigate(url("/sortition/" + id + "/manage?lang=cy"));
		check();
		screenshot("sortition-replaced-cy");
		page.navigate(url("/sortition?lang=en"));
	}

	/** Signing in here also checks the sign-in page. */
	@Override
	protected void signIn(String email) {
		page.navigate(url("/sign-in?lang=en"));
		check();
		super.signIn(email);
	}

}
