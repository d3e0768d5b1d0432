package org.copro.budgeting;

import org.copro.identity.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of a participatory budget: a facilitator sets it up and lists the projects, a resident votes
 * (and first gets the limits wrong), the facilitator closes the vote, and everyone reads the explained result.
 */
class BudgetingBrowserTests extends BrowserTestSupport {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(6_000_000_000L);

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Test
	void setUpVoteCloseAndPublishedResult() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String voter = accounts.create("Val Voter", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/budgeting"));
		assertThat(page.locator("h1")).hasText("Participatory budgeting");
		check();
		click(AriaRole.BUTTON, "Set up a budgeting process");
		check();
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the process");
		check();
		page.getByLabel("Name of the process").fill("Riverside community budget");
		page.getByLabel("Description").fill("Money for the park and the high street.");
		page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("100000");
		page.getByLabel("Most projects a voter may choose").fill("2");
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The process has been set up");
		check();
		long id = Long.parseLong(page.url().replaceAll("^.*/budgeting/(\\d+)/manage.*$", "$1"));
		String[][] projects = { { "Community allotments", "60000" }, { "Benches by the river", "40000" },
				{ "Cycle racks on the high street", "40000" } };
		for (String[] project : projects) {
			page.getByLabel("Project", new Page.GetByLabelOptions().setExact(true)).fill(project[0]);
			page.getByLabel("What the project does").fill(project[0] + " for everyone in Riverside.");
			page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill(project[1]);
			page.getByLabel("Feasibility review").fill("Checked by the parks team: can be done this year.");
			click(AriaRole.BUTTON, "Add the project");
			assertThat(page.locator(".govuk-notification-banner")).containsText("The project has been added");
		}
		check();
		click(AriaRole.BUTTON, "Open voting");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting is open");
		check();
		screenshot("budgeting-manage-en");
		signOut();

		signIn(voter);
		page.navigate(url("/budgeting/" + id));
		assertThat(page.locator("h1")).hasText("Riverside community budget");
		check();
		page.getByLabel("Community allotments", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Benches by the river", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Cycle racks on the high street", new Page.GetByLabelOptions().setExact(false)).check();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary")).containsText("Select no more than 2 projects (you selected 3)");
		check();
		screenshot("budgeting-ballot-error-en");
		page.getByLabel("Community allotments", new Page.GetByLabelOptions().setExact(false)).uncheck();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		assertThat(page.locator("main")).containsText("You can change your vote until voting closes");
		check();
		signOut();

		List<Long> ids = budgeting.projects(id).stream().map(BudgetProject::id).toList();
		for (int i = 0; i < 6; i++) {
			budgeting.castBallot(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), Set.of(ids.get(0)));
		}
		for (int i = 0; i < 3; i++) {
			budgeting.castBallot(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), Set.of(ids.get(1), ids.get(2)));
		}

		signIn(facilitator);
		page.navigate(url("/budgeting/" + id + "/manage"));
		check();
		click(AriaRole.BUTTON, "Close voting and count");
		assertThat(page.locator("h1")).hasText("Results");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting has closed");
		assertThat(page.locator("main")).containsText("2 projects are funded from 10 ballots");
		assertThat(page.locator("main")).containsText("It was paid for by 6 supporters");
		assertThat(page.locator("svg[role=img]")).isVisible();
		assertThat(page.locator("main")).containsText(
				"Benches by the river / Cycle racks on the high street: Benches by the river was taken first");
		check();
		signOut();

		page.navigate(url("/budgeting/" + id + "/results?lang=en"));
		assertThat(page.locator("main")).not().containsText("Val Voter");
		check();
		screenshot("budgeting-result-en");
		page.navigate(url("/budgeting/" + id + "/results?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Canlyniadau");
		check();
		screenshot("budgeting-result-cy");
		page.navigate(url("/budgeting?lang=cy"));
		assertThat(page.locator("h1")).hasText("Cyllidebu cyfranogol");
		check();
	}

	/** Every page: no WCAG 2.2 A/AA violation, and no message key left untranslated. */
	private void check() {
		assertAccessible();
		assertThat(page.locator("body")).not().containsText("??");
	}

	private void signIn(String email) {
		page.navigate(url("/sign-in?lang=en"));
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestAccounts.PASSWORD);
		click(AriaRole.BUTTON, "Sign in");
	}

	private void signOut() {
		click(AriaRole.BUTTON, "Sign out");
	}

	private void click(AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
	}
}
